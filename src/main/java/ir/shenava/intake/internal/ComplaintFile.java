package ir.shenava.intake.internal;

import java.util.Arrays;

/**
 * A file sent with a complaint: PDF, JPEG or PNG by its first bytes (never by its name), at most
 * 10 MB; at most five per complaint.
 */
public record ComplaintFile(String name, String mediaType, byte[] content) {

    public static final int MAX_FILES = 5;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Throws {@link IntakeRuleException} "upload.empty", "upload.tooLarge" or "upload.type". */
    public static ComplaintFile check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IntakeRuleException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IntakeRuleException("upload.tooLarge");
        }
        String safe = name == null || name.isBlank() ? "file" : name.replaceAll("[\\\\/\\r\\n\"]", "_");
        return new ComplaintFile(safe.length() > 200 ? safe.substring(0, 200) : safe, sniff(content), content);
    }

    private static String sniff(byte[] c) {
        if (starts(c, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return "application/pdf";
        }
        if (starts(c, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        throw new IntakeRuleException("upload.type");
    }

    private static boolean starts(byte[] c, byte[] magic) {
        return c.length >= magic.length && Arrays.equals(c, 0, magic.length, magic, 0, magic.length);
    }
}
