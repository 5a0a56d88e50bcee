package ir.shenava.intake;

import java.util.List;

import ir.shenava.shared.PersianText;
import ir.shenava.shared.UploadType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The files that came with a complaint but were not kept (a .docx, a 30 MB video, a sixth file):
 * recorded with name, size and reason so the complaint page shows them and the acknowledgement
 * says what was not accepted, instead of their vanishing without a word.
 */
@Service
public class RefusedAttachments {

    /**
     * One file not kept.
     *
     * @param reason a message key: {@code upload.type}, {@code upload.tooLarge}, {@code upload.empty}
     *               or {@code upload.tooMany}; {@link #reasonKey()} is the key of its explanation
     */
    public record Refused(String fileName, long size, String reason) {

        public String reasonKey() {
            return "refused." + reason;
        }

        /** The size in kilobytes, rounded up: what a person recognises their file by. */
        public long kilobytes() {
            return (size + 1023) / 1024;
        }
    }

    private final JdbcTemplate jdbc;

    RefusedAttachments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called inside the transaction that registers the complaint. */
    public void record(long complaintId, List<Refused> files) {
        for (Refused f : files) {
            jdbc.update("insert into complaint_refused_file (complaint_id, file_name, size_bytes, reason) values (?, ?, ?, ?)",
                    complaintId, UploadType.safeName(PersianText.withoutControls(f.fileName())), f.size(), f.reason());
        }
    }

    public List<Refused> of(long complaintId) {
        return jdbc.query("select file_name, size_bytes, reason from complaint_refused_file where complaint_id = ? order by id",
                (rs, i) -> new Refused(rs.getString(1), rs.getLong(2), rs.getString(3)), complaintId);
    }
}
