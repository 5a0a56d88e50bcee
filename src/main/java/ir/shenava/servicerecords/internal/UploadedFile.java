package ir.shenava.servicerecords.internal;

import ir.shenava.shared.UploadType;

/**
 * A file a person uploaded, accepted only when its first bytes say PDF, JPEG or PNG — the name and
 * the browser's claimed type are not trusted — and it is at most 10 MB.
 */
public record UploadedFile(String name, UploadType type, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Throws {@link ServiceRuleException} with "upload.empty", "upload.tooLarge" or "upload.type". */
    public static UploadedFile check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ServiceRuleException("upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ServiceRuleException("upload.tooLarge");
        }
        UploadType type = UploadType.of(content)
                .orElseThrow(() -> new ServiceRuleException("upload.type"));
        return new UploadedFile(UploadType.safeName(name), type, content);
    }
}
