package ir.shenava.intake.onsite;

import java.io.IOException;
import java.io.UncheckedIOException;

import ir.shenava.shared.PersianShaper;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Small drawing vocabulary for one page of the form, in a coordinate system with the origin at the
 * <em>top</em>-left corner and y growing downwards (PDF's own grows upwards). Text is given in
 * logical order and is shaped and reordered by {@link PersianShaper}; every x position of text is
 * the edge the text starts from in its reading direction (right edge for Persian lines).
 */
final class FormCanvas {

    /** A font and the cmap used to know which presentation forms it can draw. */
    record Font(PDType0Font pdf, TrueTypeFont ttf, CmapLookup cmap) {

        boolean hasGlyph(int cp) {
            return cmap.getGlyphId(cp) != 0;
        }
    }

    private final PDPageContentStream cs;
    private final float pageHeight;

    FormCanvas(PDPageContentStream cs, float pageHeight) {
        this.cs = cs;
        this.pageHeight = pageHeight;
    }

    /** Width in points of logical text at the given size. */
    static float width(Font font, float size, String logical) {
        return width(font, size, logical, PersianShaper.visual(logical, font::hasGlyph));
    }

    private static float width(Font font, float size, String logical, String visual) {
        try {
            return font.pdf().getStringWidth(visual) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws text with its right edge at {@code right}; returns its width. */
    float textRight(Font font, float size, String logical, float right, float baseline) throws IOException {
        String visual = PersianShaper.visual(logical, font::hasGlyph);
        float w = width(font, size, logical, visual);
        show(font, size, visual, right - w, baseline);
        return w;
    }

    /** Draws text centred on {@code centre}; returns its width. */
    float textCentre(Font font, float size, String logical, float centre, float baseline) throws IOException {
        String visual = PersianShaper.visual(logical, font::hasGlyph);
        float w = width(font, size, logical, visual);
        show(font, size, visual, centre - w / 2, baseline);
        return w;
    }

    /** Draws text with its left edge at {@code left}; returns its width. */
    float textLeft(Font font, float size, String logical, float left, float baseline) throws IOException {
        String visual = PersianShaper.visual(logical, font::hasGlyph);
        show(font, size, visual, left, baseline);
        return width(font, size, logical, visual);
    }

    private void show(Font font, float size, String visual, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font.pdf(), size);
        cs.newLineAtOffset(x, pageHeight - baseline);
        cs.showText(visual);
        cs.endText();
    }

    void line(float x1, float y1, float x2, float y2, float width) throws IOException {
        cs.setLineWidth(width);
        cs.moveTo(x1, pageHeight - y1);
        cs.lineTo(x2, pageHeight - y2);
        cs.stroke();
    }

    /** A dotted writing line, where the customer writes by hand. */
    void writingLine(float x1, float x2, float y) throws IOException {
        cs.setLineDashPattern(new float[] {1f, 2f}, 0);
        line(x1, y, x2, y, 0.7f);
        cs.setLineDashPattern(new float[] {}, 0);
    }

    /** Rectangle outline; (x, y) is its top-left corner. */
    void box(float x, float y, float w, float h, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.addRect(x, pageHeight - y - h, w, h);
        cs.stroke();
    }

    void fill(float x, float y, float w, float h, float grey) throws IOException {
        cs.setNonStrokingColor(grey);
        cs.addRect(x, pageHeight - y - h, w, h);
        cs.fill();
        cs.setNonStrokingColor(0f);
    }
}
