package ir.shenava.customers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableReaderTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsCsvWithBomSemicolonsAndPersianOrEnglishHeaders() {
        List<ImportRow> rows = TableReader.read(utf8("\uFEFFکد مشتری;NAME;  national_ID \nC-۱۲;بيمارستان  كوثر;۱۲۳۴۵۶۷۸۹۰\n\n"),
                ImportKind.CUSTOMERS);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).value("code")).isEqualTo("C-۱۲");
        assertThat(rows.get(0).value("name")).isEqualTo("بیمارستان کوثر");
        assertThat(rows.get(0).value("national_id")).isEqualTo("۱۲۳۴۵۶۷۸۹۰");
    }

    @Test
    void readsCommaSeparatedCsvWithQuotes() {
        List<ImportRow> rows = TableReader.read(utf8("name,address\n\"Kowsar, Tehran\",\"a, b\"\n"), ImportKind.CUSTOMERS);
        assertThat(rows.get(0).value("name")).isEqualTo("Kowsar, Tehran");
        assertThat(rows.get(0).value("address")).isEqualTo("a, b");
    }

    @Test
    void readsXlsxDateCellsAsJalaliAndNumbersWithoutExponent() throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet();
            var header = sheet.createRow(0);
            String[] names = {"customer_code", "model", "serial_number", "installed_on"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("C-1");
            row.createCell(1).setCellValue("X");
            row.createCell(2).setCellValue(9121234567d);
            var date = row.createCell(3);
            date.setCellValue(java.time.LocalDate.of(2026, 12, 5));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            ImportRow read = TableReader.read(out.toByteArray(), ImportKind.EQUIPMENT).get(0);
            assertThat(read.value("installed_on")).isEqualTo("1405/09/14");
            assertThat(read.value("serial_number")).isEqualTo("9121234567");
        }
    }

    @Test
    void refusesBinaryNamedCsv() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> TableReader.read(png, ImportKind.CUSTOMERS))
                .isInstanceOf(ImportFileException.class).hasMessage("import.file.unsupported");
    }

    @Test
    void refusesLegacyCodePageText() {
        byte[] windows1256 = {(byte) 0xE4, (byte) 0xC7, (byte) 0xE3, ',', 'x', '\n'};
        assertThatThrownBy(() -> TableReader.read(windows1256, ImportKind.CUSTOMERS))
                .isInstanceOf(ImportFileException.class).hasMessage("import.file.unsupported");
    }

    @Test
    void refusesBrokenZip() {
        assertThatThrownBy(() -> TableReader.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, ImportKind.CUSTOMERS))
                .isInstanceOf(ImportFileException.class).hasMessage("import.file.unreadable");
    }

    @Test
    void explainsEmptyHeaderlessAndHeaderOnlyFiles() {
        assertThatThrownBy(() -> TableReader.read(new byte[0], ImportKind.CUSTOMERS)).hasMessage("import.file.empty");
        assertThatThrownBy(() -> TableReader.read(utf8("foo,bar\n1,2\n"), ImportKind.CUSTOMERS)).hasMessage("import.file.noHeader");
        assertThatThrownBy(() -> TableReader.read(utf8("code,city\n1,2\n"), ImportKind.CUSTOMERS))
                .hasMessage("import.file.missingColumn");
        assertThatThrownBy(() -> TableReader.read(utf8("name\n"), ImportKind.CUSTOMERS)).hasMessage("import.file.noRows");
    }

    @Test
    void refusesOversizeFiles() {
        assertThatThrownBy(() -> TableReader.read(new byte[TableReader.MAX_BYTES + 1], ImportKind.CUSTOMERS))
                .hasMessage("import.file.tooLarge");
    }
}
