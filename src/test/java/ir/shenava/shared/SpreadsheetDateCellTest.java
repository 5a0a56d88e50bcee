package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A Jalali date typed into a spreadsheet program becomes a date cell of the Christian year 1404
 * (serial -180954 for "1404/07/15"): it is read back as the Jalali date the person sees, never as
 * the serial number.
 */
class SpreadsheetDateCellTest {

    @Test
    void dateCellsBeforeAndAfter1900AreReadAsTheJalaliDateThePersonSees() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/mm/dd"));
            Sheet sheet = wb.createSheet("خدمات");
            sheet.createRow(0).createCell(0).setCellValue("تاریخ نصب");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(-180954);             // "1404/07/15" as LibreOffice stores it
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(LocalDate.of(2025, 10, 7)); // a real Gregorian date cell
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(-180954);             // a plain negative number stays a number
            row.createCell(3).setCellValue(-400000);             // a date far before: shown, not accepted
            row.getCell(3).setCellStyle(date);
            wb.write(out);
            workbook = out.toByteArray();
        }

        List<String> cells = SpreadsheetReader.read(workbook, 1_000_000, 10).get(0).get(1).cells();

        assertThat(cells.get(0)).isEqualTo("1404/07/15");
        assertThat(JalaliDate.parse(cells.get(0)).toGregorian()).isEqualTo(LocalDate.of(2025, 10, 7));
        assertThat(cells.get(1)).isEqualTo(JalaliDate.fromGregorian(LocalDate.of(2025, 10, 7)).toNumericString())
                .isEqualTo("1404/07/15");
        assertThat(cells.get(2)).isEqualTo("-180954");
        assertThat(cells.get(3)).matches("\\d{4}/\\d{2}/\\d{2}").startsWith("0804/").doesNotContain("400000");
    }
}
