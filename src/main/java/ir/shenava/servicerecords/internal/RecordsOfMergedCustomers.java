package ir.shenava.servicerecords.internal;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer was merged into another: its service records and installation milestones follow (the
 * equipment moved with the customer, under the same ids). Idempotent, and tolerant of merges handled
 * out of order.
 */
@Component
class RecordsOfMergedCustomers {

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;

    RecordsOfMergedCustomers(JdbcTemplate jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(CustomerMerged merged) {
        long into = customers.heirOf(merged);
        jdbc.update("update service_record set customer_id = ?, version = version + 1 where customer_id = ?",
                into, merged.mergedId());
        jdbc.update("update installation_milestone set customer_id = ? where customer_id = ?", into, merged.mergedId());
    }
}
