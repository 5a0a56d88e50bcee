package ir.shenava.analytics.pack;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ir.shenava.shared.PersianShaper;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A flowing A4 document, right to left: headings, wrapped paragraphs, tables whose first column is
 * on the right, images; new pages as the content needs them, and "page n of m" on each at the end.
 * Text goes in in logical order and is shaped (joined) and reordered by {@link PersianShaper}.
 */
final class PackCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 40;
    private static final float RIGHT = WIDTH - MARGIN;
    private static final float BOTTOM = HEIGHT - MARGIN - 20;

    record Face(PDType0Font pdf, CmapLookup cmap) {

        boolean hasGlyph(int cp) {
            return cmap.getGlyphId(cp) != 0;
        }
    }

    private final PDDocument doc = new PDDocument();
    private final Face regular;
    private final Face bold;
    private PDPageContentStream cs;
    private float y;

    PackCanvas() throws IOException {
        regular = face(PackFonts.REGULAR);
        bold = face(PackFonts.BOLD);
        newPage();
    }

    private Face face(String resource) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(PackFonts.bytes(resource)));
        return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = MARGIN;
    }

    private void room(float height) throws IOException {
        if (y + height > BOTTOM) {
            newPage();
        }
    }

    void heading(String text, float size) throws IOException {
        room(size * 2);
        y += size * 1.4f;
        right(bold, size, text, RIGHT, y);
        y += size * 0.6f;
    }

    /**
     * The company's letterhead at the top of the first page: its name and a line of contacts on the
     * right, its logo (PNG or JPEG, as stored) on the left, and a rule under them. A logo that cannot be
     * read is left out rather than failing the whole document.
     */
    void letterhead(String name, String contacts, byte[] logo) throws IOException {
        float top = y;
        if (logo != null) {
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, logo, "logo");
                float height = 44;
                float width = Math.min(140, image.getWidth() * height / Math.max(1, image.getHeight()));
                height = width * image.getHeight() / Math.max(1, image.getWidth());
                cs.drawImage(image, MARGIN, HEIGHT - top - height - 6, width, height);
                top += height + 6;
            } catch (IOException | RuntimeException e) {
                top = y;
            }
        }
        heading(name, 15);
        if (contacts != null && !contacts.isBlank()) {
            paragraph(contacts, 9);
        }
        y = Math.max(y, top) + 4;
        cs.setLineWidth(0.6f);
        cs.moveTo(RIGHT, HEIGHT - y);
        cs.lineTo(MARGIN, HEIGHT - y);
        cs.stroke();
        y += 8;
    }

    /** A paragraph wrapped to the page's width. */
    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(regular, size, text == null ? "" : text, RIGHT - MARGIN)) {
            room(size * 1.6f);
            y += size * 1.6f;
            right(regular, size, line, RIGHT, y);
        }
        y += size * 0.4f;
    }

    /** A table: {@code widths} from the right edge, the first row the header. */
    void table(List<List<String>> rows, float[] widths, float size) throws IOException {
        float rowHeight = size * 1.8f;
        for (int r = 0; r < rows.size(); r++) {
            room(rowHeight);
            float x = RIGHT;
            Face face = r == 0 ? bold : regular;
            for (int c = 0; c < widths.length && c < rows.get(r).size(); c++) {
                String cell = fit(face, size, rows.get(r).get(c), widths[c] - 6);
                right(face, size, cell, x - 3, y + rowHeight - size * 0.55f);
                x -= widths[c];
            }
            y += rowHeight;
            cs.setLineWidth(r == 0 ? 0.8f : 0.3f);
            cs.moveTo(RIGHT, HEIGHT - y);
            cs.lineTo(x, HEIGHT - y);
            cs.stroke();
        }
        y += size;
    }

    void image(BufferedImage image, float width, float height) throws IOException {
        room(height + 10);
        // JPEG: a tenth of the time of the lossless (deflate) encoder for a chart, and sharp enough at 2× size
        PDImageXObject x = JPEGFactory.createFromImage(doc, image, 0.92f);
        cs.drawImage(x, (WIDTH - width) / 2, HEIGHT - y - height, width, height);
        y += height + 10;
    }

    /** Writes "page n of m" at the foot of every page and returns the PDF. */
    byte[] finish(java.util.function.BiFunction<Integer, Integer, String> pageLabel) throws IOException {
        cs.close();
        cs = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                String label = pageLabel.apply(i + 1, total);
                String visual = visual(regular, label);
                float w = regular.pdf().getStringWidth(visual) / 1000f * 9;
                foot.beginText();
                foot.setFont(regular.pdf(), 9);
                foot.newLineAtOffset((WIDTH - w) / 2, MARGIN / 2);
                foot.showText(visual);
                foot.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void right(Face face, float size, String logical, float right, float baseline) throws IOException {
        String visual = visual(face, logical);
        float w = face.pdf().getStringWidth(visual) / 1000f * size;
        cs.beginText();
        cs.setFont(face.pdf(), size);
        cs.newLineAtOffset(right - w, HEIGHT - baseline);
        cs.showText(visual);
        cs.endText();
    }

    /** Shaped, visual order, and only what the font can draw. */
    private static String visual(Face face, String logical) {
        String visual = PersianShaper.visual(logical == null ? "" : logical, face::hasGlyph);
        StringBuilder safe = new StringBuilder();
        visual.codePoints().forEach(cp -> safe.appendCodePoint(face.hasGlyph(cp) ? cp : ' '));
        return safe.toString();
    }

    private static float width(Face face, float size, String logical) throws IOException {
        return face.pdf().getStringWidth(visual(face, logical)) / 1000f * size;
    }

    private static List<String> wrap(Face face, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                String next = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && width(face, size, next) > max) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(next);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String fit(Face face, float size, String text, float max) throws IOException {
        String s = text == null ? "" : text;
        while (s.length() > 1 && width(face, size, s) > max) {
            s = s.substring(0, s.length() - 2) + "…";
        }
        return s;
    }

    /** One line per row of logical text, for tests of the shaping on rendered pixels. */
    static byte[] lines(List<String> lines, float size) throws IOException {
        try (PackCanvas pdf = new PackCanvas()) {
            for (String line : lines) {
                pdf.heading(line, size);
            }
            return pdf.finish((page, total) -> " ");   // a space: the regular face must draw something to be embedded
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
