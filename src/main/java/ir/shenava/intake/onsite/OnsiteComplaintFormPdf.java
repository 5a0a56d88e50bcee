package ir.shenava.intake.onsite;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable on-site complaint form (برگ فرم شکایات), policy 2: the company's experts hand it
 * over when they visit a customer's site; later a staff member types it in and uploads the scan.
 * Each A4 page carries its pre-printed serial number and a QR code that opens the entry page for
 * that serial.
 *
 * <p>Plain Java, no Spring: PDFBox writes the page, ZXing encodes the QR code (drawn as vector
 * squares, so it prints sharp at any resolution), the Vazirmatn TTF from the build's classpath
 * ({@code static/fonts/vazirmatn/}) is embedded as a subset. PDFBox does not shape Arabic script,
 * so {@link ir.shenava.shared.PersianShaper} turns each line into joined presentation forms in visual order first;
 * the text in the PDF stays text (selectable, searchable, extractable).
 *
 * <p>Instances are stateless and thread-safe.
 */
public class OnsiteComplaintFormPdf {

    static final String FONT_REGULAR = "static/fonts/vazirmatn/Vazirmatn-Regular.ttf";
    static final String FONT_BOLD = "static/fonts/vazirmatn/Vazirmatn-Bold.ttf";

    // Glossary (exact wording of the paper form)
    static final String TITLE = "فرم ثبت شکایت مشتری";
    static final String SUBTITLE = "این برگ را کارشناس ما در بازدید از محل شما تحویل داده است";
    static final String SERIAL_LABEL = "شماره برگ: ";
    static final String QR_CAPTION = "برای ثبت آنلاین، این کد را اسکن کنید";
    static final String ORGANISATION = "نام سازمان / مشتری";
    static final String FULL_NAME = "نام و نام خانوادگی";
    static final String POSITION = "سمت";
    static final String PHONE = "تلفن";
    static final String EMAIL = "ایمیل";
    static final String DATE = "تاریخ";
    static final String DEVICE = "دستگاه و شماره سریال";
    static final String SUBJECT = "موضوع شکایت";
    static final List<String> SUBJECTS = List.of(
            "فرآیند فروش",
            "نصب و راه‌اندازی",
            "آموزش",
            "خدمات پس از فروش و پشتیبانی",
            "نحوه برخورد کارکنان",
            "کیفیت محصول/دستگاه",
            "سایر");
    static final String SATISFACTION = "میزان رضایت";
    static final String VERY_DISSATISFIED = "بسیار ناراضی";
    static final String VERY_SATISFIED = "بسیار راضی";
    static final String DESCRIPTION = "شرح شکایت";
    static final String EXPECTED_SOLUTION = "راه‌حل مورد انتظار";
    static final String SIGNATURE = "امضا و مهر";
    static final String FOOTER = "این برگ توسط مدیر واحد فنی بررسی می‌شود.";

    private static final byte[] REGULAR = load(FONT_REGULAR);
    private static final byte[] BOLD = load(FONT_BOLD);

    /** The entry URL for a serial: {@code <baseUrl>/intake/onsite/<serial>}. */
    public static String entryUrl(String baseUrl, String serial) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/intake/onsite/" + URLEncoder.encode(requireText(serial, "serial"), StandardCharsets.UTF_8);
    }

    /** One A4 page for one serial. */
    public byte[] render(String serial, String entryUrl) {
        return renderBook(List.of(serial), s -> entryUrl);
    }

    /** A book of forms: one A4 page per serial, in the order given. */
    public byte[] renderBook(List<String> serials, Function<String, String> urlForSerial) {
        return renderBook(serials, urlForSerial, null);
    }

    /**
     * A book of forms under the company's name and phone ({@code company}, one line; null: none), so that the
     * customer knows whose form it is and whom to call (issue 15 §11).
     */
    public byte[] renderBook(List<String> serials, Function<String, String> urlForSerial, String company) {
        Objects.requireNonNull(urlForSerial, "urlForSerial");
        if (serials == null || serials.isEmpty()) {
            throw new IllegalArgumentException("at least one serial is needed");
        }
        try (PDDocument doc = new PDDocument();
                TrueTypeFont regularTtf = parse(REGULAR);
                TrueTypeFont boldTtf = parse(BOLD)) {
            FormCanvas.Font regular = font(doc, regularTtf);
            FormCanvas.Font bold = font(doc, boldTtf);
            for (String serial : serials) {
                requireText(serial, "serial");
                String url = requireText(urlForSerial.apply(serial), "entry URL of " + serial);
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    FormCanvas canvas = new FormCanvas(cs, page.getMediaBox().getHeight());
                    OnsiteFormPage.draw(canvas, cs, regular, bold, serial, url, company);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(TITLE + (serials.size() == 1 ? " — " + serials.get(0) : ""));
            info.setSubject(SUBTITLE);
            info.setCreator("Shenava");
            doc.getDocumentCatalog().setLanguage("fa-IR");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the on-site complaint form", e);
        }
    }

    /**
     * A page with one line of text per entry, drawn exactly as the form draws its text (same font,
     * shaping and ordering); for tests that look at the rendered glyphs.
     */
    static byte[] renderLines(List<String> lines, float size) {
        try (PDDocument doc = new PDDocument(); TrueTypeFont ttf = parse(REGULAR)) {
            FormCanvas.Font regular = font(doc, ttf);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                FormCanvas c = new FormCanvas(cs, page.getMediaBox().getHeight());
                float y = OnsiteFormPage.MARGIN + size;
                for (String line : lines) {
                    c.textRight(regular, size, line, page.getMediaBox().getWidth() - OnsiteFormPage.MARGIN, y);
                    y += size * 2.5f;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormCanvas.Font font(PDDocument doc, TrueTypeFont ttf) throws IOException {
        return new FormCanvas.Font(PDType0Font.load(doc, ttf, true), ttf, ttf.getUnicodeCmapLookup());
    }

    private static TrueTypeFont parse(byte[] ttf) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    }

    private static byte[] load(String resource) {
        try (InputStream in = OnsiteComplaintFormPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (the Maven build unpacks it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requireText(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return s;
    }
}
