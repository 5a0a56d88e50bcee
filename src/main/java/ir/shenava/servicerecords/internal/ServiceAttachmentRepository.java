package ir.shenava.servicerecords.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ServiceAttachmentRepository extends JpaRepository<ServiceAttachment, Long> {

    /** Metadata only: the file bytes are not read for a list. */
    @Query("select new ir.shenava.servicerecords.internal.AttachmentInfo(a.id, a.recordId, a.kind, a.fileName, "
            + "a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt) from ServiceAttachment a "
            + "where a.recordId = :recordId order by a.uploadedAt")
    List<AttachmentInfo> listFor(long recordId);
}
