package ir.shenava.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ir.shenava.shared.SpreadsheetReader.Problem;
import ir.shenava.shared.SpreadsheetReader.Row;
import ir.shenava.shared.SpreadsheetReader.UnreadableFileException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    private static List<List<Row>> read(String csv, int maxRows) {
        return SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8), 1024, maxRows);
    }

    @Test
    void headerIsTheFirstNonBlankLineAndTheBodySkipsBlankLines() {
        List<Row> sheet = read("\n,\na,b\n1,2\n\n3,4\n", 100).get(0);
        assertThat(SpreadsheetReader.header(sheet).number()).isEqualTo(3);
        assertThat(SpreadsheetReader.body(sheet)).extracting(Row::number).containsExactly(4, 6);
        assertThat(SpreadsheetReader.header(List.of())).isNull();
        assertThat(SpreadsheetReader.body(List.of())).isEmpty();
    }

    @Test
    void picksTheFirstSheetWhoseHeaderFitsElseTheFirstSheet() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("notes").createRow(2).createCell(0).setCellValue("note");
            book.createSheet("blank");
            book.createSheet("data").createRow(0).createCell(0).setCellValue("code");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            List<List<Row>> sheets = SpreadsheetReader.read(out.toByteArray(), 1 << 20, 100);
            assertThat(sheets).hasSize(3);
            assertThat(SpreadsheetReader.sheetWithHeader(sheets, h -> h.cell(0).equals("code")))
                    .singleElement().satisfies(r -> assertThat(r.cells()).containsExactly("code"));
            assertThat(SpreadsheetReader.sheetWithHeader(sheets, h -> false))
                    .singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(3));
            assertThat(SpreadsheetReader.sheetWithHeader(List.of(), h -> true)).isEmpty();
        }
    }

    @Test
    void countsEveryLineAgainstTheLimitAndNamesTheProblem() {
        assertThat(read("a\n\n\n", 3).get(0)).hasSize(3);
        assertThatThrownBy(() -> read("a\n\n\n\n\n", 3)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_ROWS));
        assertThatThrownBy(() -> SpreadsheetReader.read(new byte[2048], 1024, 10))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
        assertThatThrownBy(() -> SpreadsheetReader.read(new byte[0], 1024, 10))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY));
    }
}
