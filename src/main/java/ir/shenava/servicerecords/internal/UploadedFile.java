package ir.shenava.servicerecords.internal;

import java.util.Arrays;

/**
 * A file a person uploaded, accepted only when its first bytes say PDF, JPEG or PNG — the name and
 * the browser's claimed type are not trusted — and it is at most 10 MB.
 */
public record UploadedFile(String name, FileType type, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public enum FileType {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String mediaType;

        FileType(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** Throws {@link ServiceRuleException} with "upload.empty", "upload.tooLarge" or "upload.type". */
    public static UploadedFile check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ServiceRuleException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ServiceRuleException("upload.tooLarge");
        }
        String safeName = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_");
        return new UploadedFile(safeName.length() > 200 ? safeName.substring(0, 200) : safeName, sniff(content), content);
    }

    private static FileType sniff(byte[] c) {
        if (startsWith(c, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return FileType.PDF;
        }
        if (startsWith(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return FileType.JPEG;
        }
        if (startsWith(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return FileType.PNG;
        }
        throw new ServiceRuleException("upload.type");
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
