package ir.shenava.intake.internal;

/** What a list shows of a complaint's file: the bytes are not read. */
public record ComplaintFileInfo(Long id, String fileName, String contentType, long sizeBytes) {
}
