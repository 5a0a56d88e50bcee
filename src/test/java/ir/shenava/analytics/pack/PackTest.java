package ir.shenava.analytics.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.imageio.ImageIO;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.web.Viewers;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.SurveySection;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pack: the PDF's Persian joins on the pixels poppler renders and stays text, with page
 * numbers and the review's actions; the Excel has its Persian right-to-left sheets, the chart
 * numbers and one raw row per answer.
 */
@ShenavaIntegrationTest
class PackTest {

    static final JalaliQuarter Q = new JalaliQuarter(1393, 3);
    static final AtomicLong IDS = new AtomicLong(6_000_000_000L + System.nanoTime() % 1_000_000_000L);
    static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementReviews reviews;
    @Autowired
    Packs packs;
    @Autowired
    Viewers viewers;
    @Autowired
    MockMvc mvc;

    void fixture() {
        if (reviews.find(Q).isPresent()) {
            return;
        }
        List<Long> ids = new ArrayList<>();
        int[] scores = {5, 4, 4, 2};
        for (int score : scores) {
            long id = IDS.incrementAndGet();
            ids.add(id);
            tx.executeWithoutResult(s -> events.publishEvent(new SurveyCompleted(id, id, 1, List.of(), Set.of(), Set.of(), 1, 1,
                    SurveyMode.PHONE, null, Instant.parse("2014-10-01T06:00:00Z"), List.of(
                    new SurveyAnswer("Q_SALES", SurveySection.SALES, QuestionType.SCALE, score, false, score <= 2,
                            score <= 2 ? List.of("SALES.PRICE_TERMS") : List.of(), null),
                    new SurveyAnswer("Q_TEXT", SurveySection.OVERALL, QuestionType.TEXT, null, false, false, List.of(), "خوب بود")))));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from analytics_survey where survey_id = any(?)", Long.class, (Object) ids.toArray(Long[]::new)) == 4);
        reviews.prepare(Q, null);
        reviews.addAction(Q, "بازنگری شرایط پرداخت", 1, LocalDate.of(2015, 1, 10));
    }

    @Test
    void thePdfIsA4WithJoinedPersianTextPageNumbersAndTheReviewsActions() throws Exception {
        fixture();
        byte[] pdf = packs.pdf(packs.data(Q, true, viewers.labels(Locale.forLanguageTag("fa"))));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            String text = Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            // text stays text: the presentation forms decompose back to the letters, in reading order
            assertThat(text).contains("بسته گزارش").contains("بازنگری شرایط پرداخت").contains("صفحه ۱ از")
                    .contains("۱۳۹۳/۱۰/۲۰");
        }
    }

    /**
     * پ چ گ ک ی joined: the word drawn by the pack is narrower than the same letters kept apart by
     * ZWNJ (which forbids joining), on the pixels pdftoppm renders.
     */
    @Test
    void persianLettersJoinOnRenderedPixels() throws Exception {
        assertThat(Files.isExecutable(PDFTOPPM)).as("pdftoppm (poppler-utils)").isTrue();
        List<String> words = List.of("پیگیری", "چکیده", "گزارش");
        List<String> lines = new ArrayList<>();
        for (String w : words) {
            lines.add(w);
            lines.add(String.join("\u200C", w.split("")));
        }
        Path pdf = Files.createTempFile("pack-lines", ".pdf");
        Files.write(pdf, PackCanvas.lines(lines, 20));
        Process p = new ProcessBuilder(PDFTOPPM.toString(), "-r", "100", "-png", "-singlefile", pdf.toString(),
                pdf.toString().replace(".pdf", "")).redirectErrorStream(true).start();
        assertThat(p.waitFor()).isZero();
        BufferedImage page = ImageIO.read(Path.of(pdf.toString().replace(".pdf", ".png")).toFile());
        // each heading is a band of 2 × 20 pt from the top margin (40 pt); at 100 dpi
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int top = (int) ((40 + i * 40) * 100 / 72f);
            widths.add(inkWidth(page.getSubimage(0, top, page.getWidth(), (int) (40 * 100 / 72f))));
        }
        for (int i = 0; i < words.size(); i++) {
            int joined = widths.get(2 * i);
            int apart = widths.get(2 * i + 1);
            assertThat(joined).as("ink of «%s»", words.get(i)).isGreaterThan(20);
            assertThat((double) joined).as("«%s» joined is narrower than its letters apart", words.get(i)).isLessThan(apart * 0.9);
        }
    }

    @Test
    void theExcelHasPersianRightToLeftSheetsTheChartNumbersAndOneRawRowPerAnswer() throws Exception {
        fixture();
        byte[] xlsx = packs.excel(packs.data(Q, true, viewers.labels(Locale.forLanguageTag("fa"))));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet kpis = book.getSheet("ارقام اصلی");
            assertThat(kpis).isNotNull();
            assertThat(kpis.isRightToLeft()).isTrue();
            Sheet dist = book.getSheet("توزیع امتیازهای ۱ تا ۵ هر بخش");
            assertThat(dist).isNotNull();
            // row "فروش" (SALES): scores 1..5 → 0, 1, 0, 2, 1
            var sales = dist.getRow(2);
            assertThat(sales.getCell(0).getStringCellValue()).isEqualTo("فروش");
            assertThat(List.of(sales.getCell(1).getNumericCellValue(), sales.getCell(2).getNumericCellValue(),
                    sales.getCell(3).getNumericCellValue(), sales.getCell(4).getNumericCellValue(),
                    sales.getCell(5).getNumericCellValue())).containsExactly(0.0, 1.0, 0.0, 2.0, 1.0);
            Sheet actions = book.getSheet("اقدامات");
            assertThat(actions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("بازنگری شرایط پرداخت");
            assertThat(actions.getRow(1).getCell(2).getStringCellValue()).isEqualTo("1393/10/20");
            Sheet raw = book.getSheet("پاسخ‌های خام نظرسنجی");
            assertThat(raw.getLastRowNum()).isEqualTo(8);   // header + 4 surveys × 2 answers
            assertThat(raw.isRightToLeft()).isTrue();
            assertThat(raw.getRow(0).getCell(0).getStringCellValue()).isNotBlank();
            for (int r = 1; r <= 8; r++) {   // the raw rows are written as XML by hand: each cell of its type
                assertThat(raw.getRow(r).getCell(0).getNumericCellValue()).isPositive();
                assertThat(raw.getRow(r).getCell(1).getStringCellValue()).matches("13\\d\\d/\\d\\d/\\d\\d");
                assertThat(raw.getRow(r).getCell(6).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BOOLEAN);
            }
        }
        var response = mvc.perform(get("/analytics/reviews/1393-Q3/pack.xlsx").with(user("ceo").roles("CEO"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("shenava-1393-Q3.xlsx");
        assertThat(mvc.perform(get("/analytics/pack.pdf").param("quarter", "1393-Q3").with(user("m").roles("MANAGER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    /** Width in pixels between the leftmost and rightmost column holding a dark pixel. */
    static int inkWidth(BufferedImage img) {
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 128) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                }
            }
        }
        return maxX < 0 ? 0 : maxX - minX + 1;
    }
}
