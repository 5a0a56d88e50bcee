package ir.shenava.intake.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed on-site complaint form: page, QR code, Persian text that joins and stays text. */
class OnsiteComplaintFormPdfTest {

    private static final String SERIAL = "OS-000123";
    private static final String URL = "https://shenava.example.ir/intake/onsite/OS-000123";
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    private final OnsiteComplaintFormPdf forms = new OnsiteComplaintFormPdf();

    @TempDir
    Path tmp;

    @Test
    void onePageOfA4WhoseQrCodeOpensTheEntryPage() throws Exception {
        byte[] pdf = forms.render(SERIAL, URL);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            // A4 = 210 × 297 mm = 595.28 × 841.89 pt
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, within(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, within(0.5f));

            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            assertThat(decodeQr(image).getText()).isEqualTo(URL);
            // and it is the top left corner of the page that holds it
            BufferedImage corner = image.getSubimage(0, 0, image.getWidth() / 3, image.getHeight() / 5);
            assertThat(decodeQr(corner).getText()).isEqualTo(URL);
        }
    }

    @Test
    void textStaysTextWithTheGlossaryWords() throws Exception {
        try (PDDocument doc = Loader.loadPDF(forms.render(SERIAL, URL))) {
            // PDFTextStripper maps presentation forms back to letters (NFKC) and undoes the visual order
            String text = new PDFTextStripper().getText(doc).replace("\u200C", "");
            List<String> expected = new ArrayList<>(List.of(
                    OnsiteComplaintFormPdf.TITLE, OnsiteComplaintFormPdf.SUBTITLE, "شماره برگ", SERIAL,
                    OnsiteComplaintFormPdf.QR_CAPTION.substring(0, 10), OnsiteComplaintFormPdf.ORGANISATION,
                    OnsiteComplaintFormPdf.FULL_NAME, OnsiteComplaintFormPdf.POSITION, OnsiteComplaintFormPdf.PHONE,
                    OnsiteComplaintFormPdf.EMAIL, OnsiteComplaintFormPdf.DATE, OnsiteComplaintFormPdf.DEVICE,
                    OnsiteComplaintFormPdf.SUBJECT, OnsiteComplaintFormPdf.SATISFACTION,
                    OnsiteComplaintFormPdf.VERY_DISSATISFIED, OnsiteComplaintFormPdf.VERY_SATISFIED,
                    OnsiteComplaintFormPdf.DESCRIPTION, OnsiteComplaintFormPdf.EXPECTED_SOLUTION,
                    OnsiteComplaintFormPdf.SIGNATURE, OnsiteComplaintFormPdf.FOOTER));
            expected.addAll(OnsiteComplaintFormPdf.SUBJECTS);
            for (String word : expected) {
                assertThat(text).contains(word.replace("\u200C", ""));
            }
        }
    }

    /**
     * Proof that Persian letters join, on the pixels that poppler (what a reader or printer sees)
     * draws from our PDF.
     *
     * <p>Each word is drawn twice by the form's own text pipeline: as written, and with ZWNJ
     * (U+200C) between every letter. ZWNJ forbids joining, so the second line is exactly the
     * "unshaped" failure mode (every letter in its wide isolated form, which is what the Persian
     * letters پ چ گ ک ی look like when a shaper does not know them). A correctly joined word uses
     * the narrow initial/medial forms and connects them, so its ink is clearly narrower than the
     * letter-by-letter line. To show that the joined line is not merely narrower but the right
     * shapes, both lines are also compared with Java2D's {@link TextLayout} (a full OpenType
     * shaper, HarfBuzz) drawing the same strings in the same font at the same pixel size: the ink
     * widths must agree. The words use پ چ گ ک ی (Forms-A letters, the ones ICU leaves unjoined) and
     * ف ت (Forms-B letters).
     */
    @Test
    void persianLettersJoinWhenPopplerRendersThePdf() throws Exception {
        assumeTrue(Files.isExecutable(PDFTOPPM), "pdftoppm (poppler-utils) is not installed");
        List<String> words = List.of("پیگیری", "کیفیت", "چگونگی");
        List<String> lines = new ArrayList<>();
        for (String w : words) {
            lines.add(w);
            lines.add(String.join("\u200C", w.split("")));
        }
        float size = 28;
        int dpi = 150;
        BufferedImage page = pdftoppm(OnsiteComplaintFormPdf.renderLines(lines, size), dpi);

        Font font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OnsiteComplaintFormPdf.FONT_REGULAR)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size * dpi / 72f);
        }
        for (int i = 0; i < words.size(); i++) {
            int joined = inkWidth(band(page, 2 * i, size, dpi));
            int apart = inkWidth(band(page, 2 * i + 1, size, dpi));
            int joinedRef = inkWidth(java2d(lines.get(2 * i), font));
            int apartRef = inkWidth(java2d(lines.get(2 * i + 1), font));

            assertThat(joined).as("ink width of «%s»", words.get(i)).isGreaterThan(20);
            assertThat((double) joined).as("«%s» joined vs letters apart", words.get(i))
                    .isLessThan(apart * 0.85);
            assertThat((double) joined).as("«%s» like Java2D's shaping", words.get(i))
                    .isCloseTo(joinedRef, within(joinedRef * 0.08));
            assertThat((double) apart).as("«%s» apart like Java2D's", words.get(i))
                    .isCloseTo(apartRef, within(apartRef * 0.08));
        }
    }

    @Test
    void aSentenceOfTheFormIsRenderedJoinedLikeJava2d() throws Exception {
        assumeTrue(Files.isExecutable(PDFTOPPM), "pdftoppm (poppler-utils) is not installed");
        String sentence = OnsiteComplaintFormPdf.SUBTITLE;
        float size = 16;
        int dpi = 150;
        BufferedImage page = pdftoppm(OnsiteComplaintFormPdf.renderLines(List.of(sentence), size), dpi);
        Font font;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OnsiteComplaintFormPdf.FONT_REGULAR)) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size * dpi / 72f);
        }
        int ours = inkWidth(band(page, 0, size, dpi));
        int ref = inkWidth(java2d(sentence, font));
        assertThat((double) ours).isCloseTo(ref, within(ref * 0.05));
    }

    @Test
    void aBookHasOnePagePerSerialEachWithItsOwnQrCode() throws Exception {
        List<String> serials = IntStream.rangeClosed(1, 5).mapToObj(i -> String.format("OS-%06d", i)).toList();
        byte[] pdf = forms.renderBook(serials, s -> OnsiteComplaintFormPdf.entryUrl("https://shenava.example.ir/", s));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(5);
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p : new int[] {0, 4}) {
                BufferedImage image = renderer.renderImageWithDPI(p, 150, ImageType.RGB);
                BufferedImage corner = image.getSubimage(0, 0, image.getWidth() / 3, image.getHeight() / 5);
                assertThat(decodeQr(corner).getText())
                        .isEqualTo("https://shenava.example.ir/intake/onsite/" + serials.get(p));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(doc)).contains("OS-000003").doesNotContain("OS-000002");
        }
    }

    @Test
    void refusesBlankSerialsAndEmptyBooks() {
        assertThatThrownBy(() -> forms.render(" ", URL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> forms.render(SERIAL, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> forms.renderBook(List.of(), s -> URL)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryUrlJoinsBaseAndSerial() {
        assertThat(OnsiteComplaintFormPdf.entryUrl("https://a.ir", "OS-1")).isEqualTo("https://a.ir/intake/onsite/OS-1");
        assertThat(OnsiteComplaintFormPdf.entryUrl("https://a.ir/app/", "OS 1")).isEqualTo("https://a.ir/app/intake/onsite/OS+1");
    }

    // --- helpers

    private static Result decodeQr(BufferedImage image) throws Exception {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), argb)));
        return new QRCodeReader().decode(bitmap, Map.of(
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
    }

    /** Page 1 of the PDF as poppler draws it. */
    private BufferedImage pdftoppm(byte[] pdf, int dpi) throws Exception {
        Path in = tmp.resolve("lines.pdf");
        Files.write(in, pdf);
        Path prefix = tmp.resolve("lines");
        Process p = new ProcessBuilder(PDFTOPPM.toString(), "-r", String.valueOf(dpi), "-png", "-singlefile",
                in.toString(), prefix.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return ImageIO.read(tmp.resolve("lines.png").toFile());
    }

    /** The horizontal band of line {@code index} of {@code renderLines}: baselines 2.5 sizes apart. */
    private static BufferedImage band(BufferedImage page, int index, float size, int dpi) {
        float baseline = 36 + size + index * size * 2.5f;
        int top = Math.round((baseline - size * 1.2f) * dpi / 72f);
        int bottom = Math.round((baseline + size * 0.8f) * dpi / 72f);
        return page.getSubimage(0, top, page.getWidth(), bottom - top);
    }

    private static BufferedImage java2d(String text, Font font) {
        BufferedImage img = new BufferedImage(2000, (int) (font.getSize2D() * 3), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.BLACK);
        new TextLayout(text, font, g.getFontRenderContext()).draw(g, 50, font.getSize2D() * 2);
        g.dispose();
        return img;
    }

    /** Width in pixels between the leftmost and rightmost column holding a dark pixel. */
    private static int inkWidth(BufferedImage img) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                int rgb = img.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                    break;
                }
            }
        }
        return max < 0 ? 0 : max - min + 1;
    }
}
