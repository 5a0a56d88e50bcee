package ir.shenava.cases.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LogEntryRepository extends JpaRepository<LogEntry, Long> {

    List<LogEntry> findByCaseIdOrderByWrittenAtAscIdAsc(long caseId);

    long countByCaseIdAndKindAndHow(long caseId, LogEntry.Kind kind, LogEntry.How how);
}
