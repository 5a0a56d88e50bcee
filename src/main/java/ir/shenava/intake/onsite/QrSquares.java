package ir.shenava.intake.onsite;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The form's QR code, drawn as vector squares rather than an image so that it prints sharp at any
 * resolution.
 */
final class QrSquares {

    private QrSquares() {
    }

    /** The QR code as vector squares, runs of dark modules merged into one rectangle each. */
    static void draw(PDPageContentStream cs, String url, float x, float yTop, float size, float pageHeight)
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
}
