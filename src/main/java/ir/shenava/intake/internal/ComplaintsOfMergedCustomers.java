package ir.shenava.intake.internal;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerMerged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer was merged into another: its complaints follow, and a complaint whose contact was
 * combined with the other customer's record of the same person points at that record. The customer
 * asked is where the records belong now, so a later merge handled first still ends in the right
 * place; running twice changes nothing.
 */
@Component
class ComplaintsOfMergedCustomers {

    private final JdbcTemplate jdbc;
    private final CustomerDirectory customers;

    ComplaintsOfMergedCustomers(JdbcTemplate jdbc, CustomerDirectory customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @ApplicationModuleListener
    void on(CustomerMerged merged) {
        long into = customers.heirOf(merged);
        jdbc.update("update complaint set customer_id = ?, version = version + 1 where customer_id = ?",
                into, merged.mergedId());
        merged.combinedContacts().forEach((gone, kept) -> jdbc.update(
                "update complaint set contact_id = ?, version = version + 1 where contact_id = ?", kept, gone));
    }
}
