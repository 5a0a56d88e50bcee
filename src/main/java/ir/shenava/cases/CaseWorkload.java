package ir.shenava.cases;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How much case work waits for a person, in numbers: for the home page, which links to "my work"
 * for the rows themselves.
 */
@Service
@Transactional(readOnly = true)
public class CaseWorkload {

    private final JdbcClient jdbc;

    CaseWorkload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Tasks delegated to the person and still active; {@code overdue}: those whose follow-up day has passed. */
    public record Tasks(long active, long overdue) {
    }

    public Tasks tasksOf(long staffId, LocalDate today) {
        return jdbc.sql("""
                select count(*), count(*) filter (where follow_up_on < ?) from case_assignment
                where to_staff = ? and state = 'ACTIVE'""").params(today, staffId)
                .query((rs, i) -> new Tasks(rs.getLong(1), rs.getLong(2))).single();
    }
}
