package ir.shenava.intake.internal;

import ir.shenava.shared.UploadType;

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
        String mediaType = UploadType.of(content).map(UploadType::mediaType)
                .orElseThrow(() -> new IntakeRuleException("upload.type"));
        return new ComplaintFile(UploadType.safeName(name), mediaType, content);
    }
}
