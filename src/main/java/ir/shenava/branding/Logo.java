package ir.shenava.branding;

import java.util.Set;

import ir.shenava.shared.UploadType;

/**
 * The company's logo as stored: PNG or JPEG only (told from the first bytes, never from the name),
 * at most {@link #MAX_BYTES}. SVG is refused: it may carry scripts, and the logo is served to everyone.
 */
public record Logo(byte[] content, String mediaType, int version) {

    public static final int MAX_BYTES = 512 * 1024;
    private static final Set<UploadType> IMAGES = Set.of(UploadType.PNG, UploadType.JPEG);

    /** The media type of an acceptable logo file, or the reason it is refused. */
    public static String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new LogoRefusedException("brand.logo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new LogoRefusedException("brand.logo.tooLarge");
        }
        return UploadType.of(content).filter(IMAGES::contains).map(UploadType::mediaType)
                .orElseThrow(() -> new LogoRefusedException("brand.logo.type"));
    }

    /** A strong validator for conditional requests: the version names the content. */
    public String etag() {
        return "\"logo-" + version + "\"";
    }
}
