package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Calls follow a merged customer to the one that stays. An open call moves over with its units and
 * takes the surviving customer's key for its week — unless that customer already has an open call for
 * the same week: then the units join that call and the merged customer's call goes (the customer is not
 * called twice for one week). Ended calls keep their history under the surviving customer. Contacts
 * combined in the merge are re-pointed. Delivered twice, the second finds nothing left to move.
 */
@Component
class CallsOfMergedCustomers {

    private static final String OPEN = "('PENDING', 'DO_NOT_CALL', 'NO_PHONE')";

    private final QueueChanges changes;
    private final JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final CallAttempts attempts;
    private final Clock clock;

    CallsOfMergedCustomers(JdbcClient jdbc, CustomerDirectory customers, CallAttempts attempts, Clock clock, QueueChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.customers = customers;
        this.attempts = attempts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CustomerMerged merged) {
        changes.changed();
        long into = customers.heirOf(merged);
        for (Map.Entry<Long, Long> c : merged.combinedContacts().entrySet()) {
            jdbc.sql("update follow_up_call set contact_id = ? where contact_id = ? and customer_id in (?, ?)")
                    .params(c.getValue(), c.getKey(), merged.mergedId(), into).update();
            jdbc.sql("update call_attempt set contact_id = ? where contact_id = ?").params(c.getValue(), c.getKey()).update();
            jdbc.sql("update survey set contact_id = ? where contact_id = ?").params(c.getValue(), c.getKey()).update();
        }
        List<CallRow> open = jdbc.sql("select * from follow_up_call where customer_id = ? and status in " + OPEN + " order by id for update")
                .param(merged.mergedId()).query(CallRow::of).list();
        for (CallRow call : open) {
            String key = jdbc.sql("select group_key from follow_up_call where id = ?").param(call.id()).query(String.class).single();
            String newKey = key.startsWith("auto:") ? "auto:" + into + key.substring(key.indexOf(':', 5)) : key;
            Long twin = jdbc.sql("select id from follow_up_call where group_key = ? and id <> ? and status in " + OPEN + " for update")
                    .params(newKey, call.id()).query(Long.class).optional().orElse(null);
            if (twin != null) {
                joinTwin(call, twin);
            } else {
                boolean taken = jdbc.sql("select count(*) from follow_up_call where group_key = ? and id <> ?")
                        .params(newKey, call.id()).query(Long.class).single() > 0;   // the week's call already ended
                jdbc.sql("update follow_up_call set customer_id = ?, group_key = ? where id = ?")
                        .params(into, taken ? newKey + ":merged-" + call.id() : newKey, call.id()).update();
            }
        }
        // ended calls keep their history under the customer that stays
        jdbc.sql("update follow_up_call set customer_id = ? where customer_id = ?").params(into, merged.mergedId()).update();
    }

    /**
     * The surviving customer already has an open call for that week: the units join it, its due time is
     * the later of the two (a week after the last unit), and the merged customer's call goes — deleted
     * when nobody had tried it yet, else ended as cancelled so that its attempts stay on record.
     */
    private void joinTwin(CallRow call, long twin) {
        jdbc.sql("""
                insert into follow_up_call_unit (call_id, equipment_id, completed_on, installer_ids, seller_ids)
                select ?, equipment_id, completed_on, installer_ids, seller_ids from follow_up_call_unit where call_id = ?
                on conflict do nothing""").params(twin, call.id()).update();
        jdbc.sql("""
                update follow_up_call set due_at = ?, next_try_at = ?
                where id = ? and due_at < ? and attempts = 0 and not call_back""")
                .params(Timestamp.from(call.dueAt()), Timestamp.from(call.dueAt()), twin, Timestamp.from(call.dueAt())).update();
        boolean untouched = call.attempts() == 0
                && jdbc.sql("select count(*) from survey where call_id = ?").param(call.id()).query(Long.class).single() == 0;
        if (untouched) {
            jdbc.sql("delete from follow_up_call where id = ?").param(call.id()).update();
        } else {
            attempts.end(call.id(), CallStatus.CANCELLED, clock.instant());
        }
    }
}
