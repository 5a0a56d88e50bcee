package ir.shenava.intake.onsite;

import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.DATE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.DESCRIPTION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.DEVICE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.EMAIL;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.EXPECTED_SOLUTION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.FOOTER;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.FULL_NAME;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.ORGANISATION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.PHONE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.POSITION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.QR_CAPTION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SATISFACTION;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SERIAL_LABEL;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SIGNATURE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SUBJECT;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SUBJECTS;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.SUBTITLE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.TITLE;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.VERY_DISSATISFIED;
import static ir.shenava.intake.onsite.OnsiteComplaintFormPdf.VERY_SATISFIED;

import ir.shenava.shared.PersianText;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The layout of one A4 page of the on-site complaint form: where each part of the paper form sits,
 * top to bottom, in the reading order of a right-to-left page. The wording lives in
 * {@link OnsiteComplaintFormPdf}'s glossary.
 */
final class OnsiteFormPage {

    static final float MARGIN = 36f;
    private static final float QR_SIZE = 96f;

    /** Left-to-right isolate: the date mask keeps its year-first, left-to-right shape. */
    private static final String DATE_MASK = "\u2066____/__/__\u2069";

    private OnsiteFormPage() {
    }

    /** Draws the whole form for one serial; {@code cs} is the stream {@code c} draws on, for the QR code. */
    static void draw(FormCanvas c, PDPageContentStream cs, FormCanvas.Font regular,
            FormCanvas.Font bold, String serial, String url, String company) throws IOException {
        float right = PDRectangle.A4.getWidth() - MARGIN;
        float left = MARGIN;

        // --- header: QR top left, title and serial top right
        QrSquares.draw(cs, url, left, MARGIN, QR_SIZE, PDRectangle.A4.getHeight());
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

        if (company != null && !company.isBlank()) {
            // under the serial, right of the QR code's caption: at most the width the header leaves free
            String line = company.length() > 70 ? company.substring(0, 69) + "…" : company;
            c.textRight(bold, 10.5f, line, right, MARGIN + 112);
        }

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
}
