package ir.shenava.analytics.pack;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Vazirmatn TTF from the build's classpath (fetched from npm at build time): PDFBox embeds it,
 * Java2D (JFreeChart) shapes Persian labels with it.
 */
final class PackFonts {

    static final String REGULAR = "static/fonts/vazirmatn/Vazirmatn-Regular.ttf";
    static final String BOLD = "static/fonts/vazirmatn/Vazirmatn-Bold.ttf";
    private static volatile Font awt;

    private PackFonts() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PackFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build with Maven (it fetches the font)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular face for Java2D, at 1 pt (derive the size you need). */
    static Font awt() {
        Font f = awt;
        if (f == null) {
            try {
                f = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes(REGULAR)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException(e);
            }
            awt = f;
        }
        return f;
    }
}
