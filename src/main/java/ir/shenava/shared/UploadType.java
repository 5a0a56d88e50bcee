package ir.shenava.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file people may upload (scans, photos, documents), told from the file's first
 * bytes — never from its name or the browser's claimed type, which an attacker controls.
 */
public enum UploadType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final byte[] magic;

    UploadType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<UploadType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content != null && content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    /** A name safe for a Content-Disposition header and a file list (no path, no quotes, ≤ 200 chars). */
    public static String safeName(String name) {
        String safe = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_");
        return safe.length() > 200 ? safe.substring(0, 200) : safe;
    }
}
