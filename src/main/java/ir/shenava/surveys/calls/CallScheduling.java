package ir.shenava.surveys.calls;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ir.shenava.calendar.WorkCalendars;
import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.EquipmentSummary;
import ir.shenava.servicerecords.InstallationCompleted;
import ir.shenava.servicerecords.ServiceHistory;
import ir.shenava.shared.WorkCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates follow-up calls: by itself for every {@link InstallationCompleted}, by hand for the
 * quality manager, and in bulk for completions since a date. Units of one customer completed in
 * the same Iranian week (Saturday–Friday) share one call: its unique group key and {@code insert …
 * on conflict} make a redelivered event, or the same event on two nodes, end in one call.
 */
@Service
public class CallScheduling {

    private final QueueChanges changes;
    private final JdbcClient jdbc;
    private final CallRules rules;
    private final WorkCalendars calendars;
    private final CustomerDirectory customers;
    private final ServiceHistory services;
    private final Clock clock;

    CallScheduling(JdbcClient jdbc, CallRules rules, WorkCalendars calendars, CustomerDirectory customers,
                   ServiceHistory services, Clock clock, QueueChanges changes) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.rules = rules;
        this.calendars = calendars;
        this.customers = customers;
        this.services = services;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InstallationCompleted completed) {
        schedule(completed, "system");
    }

    /** The call that lists this unit (a new one, or the customer's call of that week). */
    @Transactional
    public long schedule(InstallationCompleted completed, String by) {
        changes.changed();
        WorkCalendar calendar = calendars.current();
        Instant due = rules.dueAt(completed.completedOn(), calendar);
        String key = "auto:" + completed.customerId() + ":" + CallRules.weekOf(completed.completedOn());
        jdbc.sql("""
                insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (group_key) do nothing""")
                .params(key, completed.customerId(), contactId(completed.customerId()).orElse(null),
                        initialStatus(completed.customerId()).name(), Timestamp.from(due), Timestamp.from(due), by,
                        Timestamp.from(clock.instant()))
                .update();
        long callId = jdbc.sql("select id from follow_up_call where group_key = ?").param(key).query(Long.class).single();
        // a later unit of the same week: the customer is called a week after the last one, unless calling began
        jdbc.sql("""
                update follow_up_call set due_at = ?, next_try_at = ?
                where id = ? and due_at < ? and attempts = 0 and not call_back and status in ('PENDING', 'DO_NOT_CALL', 'NO_PHONE')""")
                .params(Timestamp.from(due), Timestamp.from(due), callId, Timestamp.from(due)).update();
        addUnit(callId, completed.equipmentId(), completed.completedOn(), completed.expertIds());
        return callId;
    }

    /** A call made by hand (after a repair, say): due now, listing the chosen units of the customer. */
    @Transactional
    public long createByHand(long customerId, List<Long> equipmentIds, String note, String by) {
        changes.changed();
        Instant due = calendars.current().nextWorkingMoment(clock.instant());
        long callId = jdbc.sql("""
                insert into follow_up_call (group_key, customer_id, contact_id, status, due_at, next_try_at, manual, note,
                                            created_by, created_at)
                values (?, ?, ?, ?, ?, ?, true, ?, ?, ?) returning id""")
                .params("manual:" + UUID.randomUUID(), customerId, contactId(customerId).orElse(null),
                        initialStatus(customerId).name(), Timestamp.from(due), Timestamp.from(due), note, by,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        LocalDate today = LocalDate.now(clock.withZone(calendars.current().zone()));
        var units = customers.equipment(equipmentIds);
        for (long equipmentId : equipmentIds) {
            EquipmentSummary unit = units.get(equipmentId);
            if (unit == null || unit.customerId().value() != customerId) {
                throw new IllegalArgumentException("unit " + equipmentId + " is not the customer's");
            }
            addUnit(callId, equipmentId, unit.installedOn() == null ? today : unit.installedOn(),
                    services.installersOf(equipmentId));
        }
        return callId;
    }

    /** Completions on or after the day that no call lists yet: what a backfill would schedule. */
    public List<InstallationCompleted> unscheduledSince(LocalDate since) {
        Set<Long> listed = new HashSet<>(jdbc.sql("""
                select u.equipment_id from follow_up_call_unit u join follow_up_call c on c.id = u.call_id
                where not c.manual and u.completed_on >= ?""").param(since).query(Long.class).list());
        return services.installationsCompletedSince(since).stream().filter(c -> !listed.contains(c.equipmentId())).toList();
    }

    /** Schedules the calls of every completion since the day that has none; how many units were listed. */
    @Transactional
    public int backfill(LocalDate since, String by) {
        List<InstallationCompleted> missing = unscheduledSince(since);
        missing.forEach(c -> schedule(c, by));
        return missing.size();
    }

    /** A held call (do not call, no phone) looked at again after the customer's record was put right. */
    @Transactional
    public CallStatus recheck(long callId) {
        changes.changed();
        long customerId = jdbc.sql("select customer_id from follow_up_call where id = ?").param(callId).query(Long.class).single();
        CallStatus status = initialStatus(customerId);
        jdbc.sql("""
                update follow_up_call set status = ?, contact_id = ?, next_try_at = greatest(next_try_at, ?)
                where id = ? and status in ('DO_NOT_CALL', 'NO_PHONE')""")
                .params(status.name(), contactId(customerId).orElse(null), Timestamp.from(clock.instant()), callId).update();
        return status;
    }

    private void addUnit(long callId, long equipmentId, LocalDate completedOn, Set<Long> installers) {
        Set<Long> sellers = new HashSet<>(services.sellersOf(equipmentId));
        customers.equipment(equipmentId).map(EquipmentSummary::soldBy).ifPresent(sellers::add);
        jdbc.sql("""
                insert into follow_up_call_unit (call_id, equipment_id, completed_on, installer_ids, seller_ids)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(callId, equipmentId, completedOn, installers.toArray(Long[]::new), sellers.toArray(Long[]::new))
                .update();
    }

    private CallStatus initialStatus(long customerId) {
        if (customers.isDoNotCall(new CustomerId(customerId))) {
            return CallStatus.DO_NOT_CALL;
        }
        return contactId(customerId).isPresent() ? CallStatus.PENDING : CallStatus.NO_PHONE;
    }

    /** The contact to phone: the first with a mobile, else the first with a landline. */
    Optional<Long> contactId(long customerId) {
        return customers.contactsOf(new CustomerId(customerId)).stream()
                .filter(CallScheduling::reachable)
                .min(Comparator.comparing((ContactSummary c) -> c.mobile() == null ? 1 : 0))
                .map(c -> c.id().value());
    }

    static boolean reachable(ContactSummary c) {
        return (c.mobile() != null && !c.mobile().isBlank()) || (c.landline() != null && !c.landline().isBlank());
    }
}
