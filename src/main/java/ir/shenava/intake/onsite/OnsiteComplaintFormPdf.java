package ir.shenava.intake.onsite;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import ir.shenava.shared.PersianText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
 * so {@link PersianShaper} turns each line into joined presentation forms in visual order first;
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

    /** Left-to-right isolate: the date mask keeps its year-first, left-to-right shape. */
    private static final String DATE_MASK = "\u2066____/__/__\u2069";

    private static final float MARGIN = 36f;
    private static final float QR_SIZE = 96f;

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
                    drawForm(new FormCanvas(cs, page.getMediaBox().getHeight()), cs, regular, bold, serial, url);
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
                float y = MARGIN + size;
                for (String line : lines) {
                    c.textRight(regular, size, line, page.getMediaBox().getWidth() - MARGIN, y);
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

    private static void drawForm(FormCanvas c, PDPageContentStream cs, FormCanvas.Font regular,
            FormCanvas.Font bold, String serial, String url) throws IOException {
        float right = PDRectangle.A4.getWidth() - MARGIN;
        float left = MARGIN;

        // --- header: QR top left, title and serial top right
        drawQr(cs, url, left, MARGIN, QR_SIZE, PDRectangle.A4.getHeight());
        float qrCentre = left + QR_SIZE / 2;
        // the caption keeps the QR code's quiet zone (4 modules ≈ 12 pt) free
        float captionBase = MARGIN + QR_SIZE + 19;
        int comma = QR_CAPTION.indexOf('،');
        c.textCentre(regular, 8.5f, QR_CAPTION.substring(0, comma + 1), qrCentre, captionBase);
        c.textCentre(regular, 8.5f, QR_CAPTION.substring(comma + 2), qrCentre, captionBase + 11);

        c.textRight(bold, 20, TITLE, right, MARGIN + 22);
        c.textRight(regular, 10.5f, SUBTITLE, right, MARGIN + 44);
        String serialText = SERIAL_LABEL + serial;
        float sw = FormCanvas.width(bold, 15, serialText);
        c.fill(right - sw - 20, MARGIN + 60, sw + 20, 30, 0.92f);
        c.box(right - sw - 20, MARGIN + 60, sw + 20, 30, 1.2f);
        c.textRight(bold, 15, serialText, right - 10, MARGIN + 81);

        float y = MARGIN + QR_SIZE + 36;
        c.line(left, y, right, y, 1.2f);

        // --- who and what
        float row = 27;
        float mid = (left + right) / 2;
        y += row;
        field(c, regular, ORGANISATION, right, left, y);
        y += row;
        field(c, regular, FULL_NAME, right, mid + 10, y);
        field(c, regular, POSITION, mid - 10, left, y);
        y += row;
        field(c, regular, PHONE, right, mid + 10, y);
        field(c, regular, EMAIL, mid - 10, left, y);
        y += row;
        float dw = c.textRight(regular, 10.5f, DATE + ":", right, y);
        c.textRight(regular, 10.5f, DATE_MASK, right - dw - 8, y);
        field(c, regular, DEVICE, mid - 10, left, y);

        // --- subject checkboxes, three per row
        y += row + 8;
        c.textRight(bold, 11.5f, SUBJECT + ":", right, y);
        float colWidth = (right - left) / 3;
        for (int i = 0; i < SUBJECTS.size(); i++) {
            float cellRight = right - (i % 3) * colWidth;
            float base = y + 22 + (i / 3) * 21;
            float textRight = checkbox(c, cellRight, base);
            float w = c.textRight(regular, 10.5f, SUBJECTS.get(i), textRight, base);
            if (i == SUBJECTS.size() - 1) { // «سایر»: room to name it
                c.writingLine(cellRight - colWidth * 2 + 10, textRight - w - 6, base + 1);
            }
        }
        y += 22 + 2 * 21;

        // --- satisfaction 1..5, read from right (very dissatisfied) to left (very satisfied)
        y += 30;
        float hw = c.textRight(bold, 11.5f, SATISFACTION + ":", right, y);
        float scaleRight = right - hw - 24;
        float cell = (scaleRight - left - 40) / 5;
        for (int i = 0; i < 5; i++) {
            float cellRight = scaleRight - i * cell;
            float textRight = checkbox(c, cellRight, y);
            c.textRight(regular, 10.5f, PersianText.persianDigits(String.valueOf(i + 1)), textRight, y);
            float labelCentre = cellRight - 5;
            if (i == 0) {
                c.textCentre(regular, 8, VERY_DISSATISFIED, labelCentre, y + 15);
            } else if (i == 4) {
                c.textCentre(regular, 8, VERY_SATISFIED, labelCentre, y + 15);
            }
        }

        // --- description and expected solution: lined boxes
        y += 38;
        y = linedBox(c, bold, DESCRIPTION, left, right, y, 8);
        y += 22;
        y = linedBox(c, bold, EXPECTED_SOLUTION, left, right, y, 3);

        // --- signature, bottom left (the end of a right-to-left page)
        y += 12;
        float sigWidth = 210;
        float sigHeight = 52;
        c.box(left, y, sigWidth, sigHeight, 0.8f);
        c.textRight(bold, 10.5f, SIGNATURE + ":", left + sigWidth - 8, y + 16);

        // --- footer
        float footerLine = PDRectangle.A4.getHeight() - MARGIN - 12;
        if (y + sigHeight > footerLine - 6) {
            throw new IllegalStateException("form layout overflows into the footer");
        }
        c.line(left, footerLine, right, footerLine, 0.6f);
        c.textRight(regular, 9, FOOTER, right, footerLine + 13);
        c.textLeft(regular, 8, serial, left, footerLine + 13);
    }

    /** Label at {@code labelRight}, then a writing line to {@code lineLeft}. */
    private static void field(FormCanvas c, FormCanvas.Font font, String label, float labelRight, float lineLeft,
            float baseline) throws IOException {
        float w = c.textRight(font, 10.5f, label + ":", labelRight, baseline);
        c.writingLine(lineLeft, labelRight - w - 6, baseline + 1);
    }

    /** A square checkbox whose right edge is at {@code right}; returns where its label starts. */
    private static float checkbox(FormCanvas c, float right, float baseline) throws IOException {
        float s = 10;
        c.box(right - s, baseline - s + 1, s, s, 0.8f);
        return right - s - 5;
    }

    /** Heading, then a box with {@code lines} ruled lines; returns the y of the box's bottom. */
    private static float linedBox(FormCanvas c, FormCanvas.Font bold, String heading, float left, float right,
            float y, int lines) throws IOException {
        c.textRight(bold, 11.5f, heading + ":", right, y);
        float top = y + 7;
        float pitch = 21;
        float height = lines * pitch + 6;
        c.box(left, top, right - left, height, 0.8f);
        for (int i = 1; i <= lines; i++) {
            float ly = top + i * pitch;
            if (ly < top + height - 3) {
                c.writingLine(left + 8, right - 8, ly);
            }
        }
        return top + height;
    }

    /** The QR code as vector squares, runs of dark modules merged into one rectangle each. */
    private static void drawQr(PDPageContentStream cs, String url, float x, float yTop, float size, float pageHeight)
            throws IOException {
        // Level Q (25 % recovery): a paper form gets folded, stamped and smudged; with level M some
        // URLs failed to decode from renderings at several resolutions, with Q all tried did.
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the entry URL as a QR code: " + url, e);
        }
        float module = size / m.getWidth();
        cs.setNonStrokingColor(0f);
        for (int r = 0; r < m.getHeight(); r++) {
            int c = 0;
            while (c < m.getWidth()) {
                if (!m.get(c, r)) {
                    c++;
                    continue;
                }
                int start = c;
                while (c < m.getWidth() && m.get(c, r)) {
                    c++;
                }
                cs.addRect(x + start * module, pageHeight - yTop - (r + 1) * module, (c - start) * module, module);
            }
        }
        cs.fill();
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
