package ir.shenava.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

    @Query("select new ir.shenava.intake.internal.ComplaintFileInfo(a.id, a.fileName, "
            + "a.contentType, a.sizeBytes) from ComplaintAttachment a where a.complaintId = :complaintId order by a.id")
    List<ComplaintFileInfo> filesOf(long complaintId);
}
