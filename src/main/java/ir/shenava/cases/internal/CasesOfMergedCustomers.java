package ir.shenava.cases.internal;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer was merged into another: the customer id each case keeps (the case page shows it when
 * the complaint has none) follows. Idempotent, and tolerant of merges handled out of order; a case
 * opened from a complaint read just before the merge may keep the old id, which the directory still
 * leads to the customer that stays.
 */
@Component
class CasesOfMergedCustomers {

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;

    CasesOfMergedCustomers(JdbcTemplate jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(CustomerMerged merged) {
        long into = customers.heirOf(merged);
        jdbc.update("update complaint_case set customer_id = ?, version = version + 1 where customer_id = ?",
                into, merged.mergedId());
    }
}
