package ir.shenava.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintAttachmentRepository extends JpaRepository<ComplaintAttachment, Long> {

    /** Names and sizes only: the bytes are not read for a list. */
    @Query("select new ir.shenava.intake.internal.ComplaintFile(a.fileName, a.contentType, null) "
            + "from ComplaintAttachment a where a.complaintId = :complaintId order by a.id")
    List<ComplaintFile> namesOf(long complaintId);
}
