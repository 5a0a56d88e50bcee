package ir.shenava.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.cases.SlaMilestone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My work" as a to-do list (issue 15 §3): each case once, in the group of what this person must
 * do with it now, each group sorted by what falls due first. A case reaches the list by several
 * roads (sent to the CEO and owned by him; owned and handed down; a task handed further down): the
 * first rule of {@link #groupOf} that holds decides, so it appears once.
 */
@Service
@Transactional(readOnly = true)
public class WorkList {

    /** What the person must do now; the order is the page's. */
    public enum Group {
        ASSESS, TASK, DECIDE, CONFIRM, FOLLOW, WATCH, DEPARTMENT;

        public String messageKey() {
            return "work.group." + name();
        }
    }

    /** Which deadline a row's date is. */
    public enum DeadlineKind {
        ACKNOWLEDGE, FIRST_CONTACT, RESOLUTION, FOLLOW_UP;

        public String messageKey() {
            return "work.deadline." + name();
        }
    }

    /**
     * The one deadline of a row: the earliest of the case's next SLA milestone and, on a handed-down
     * task, its follow-up day (due through that day, overdue the day after).
     */
    public record Deadline(DeadlineKind kind, Instant at, LocalDate day, boolean overdue) {
    }

    /** A case in the list; {@code task} is the live assignment it is here for, if any. */
    public record Item(CaseLists.Row row, Group group, Assignment task, Deadline deadline) {
    }

    /** A group of the list, with its overdue count; a long group shows its first rows and folds the rest. */
    public record Section(Group group, List<Item> items, long overdue) {

        static final int FOLD_AFTER = 10;

        public List<Item> head() {
            return items.subList(0, Math.min(FOLD_AFTER, items.size()));
        }

        public List<Item> rest() {
            return items.size() <= FOLD_AFTER ? List.of() : items.subList(FOLD_AFTER, items.size());
        }
    }

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final Comparator<Item> DUE_FIRST = Comparator.comparing((Item i) -> i.deadline() == null ? null : sortKey(i.deadline()),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(i -> i.row().kase().getId());

    private final CaseLists lists;
    private final Clock clock;

    WorkList(CaseLists lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * The sections of a person's list, non-empty ones only, in {@link Group} order.
     *
     * @param colleagues the people of a manager's department (empty for anyone else)
     */
    public List<Section> of(Actor me, List<Long> colleagues) {
        long id = me.staffId();
        List<CaseLists.Task> toMe = lists.tasksOf(id);
        List<CaseLists.Task> byMe = lists.delegatedBy(id);
        Map<Long, CaseLists.Row> candidates = new LinkedHashMap<>();
        toMe.forEach(t -> candidates.putIfAbsent(t.row().kase().getId(), t.row()));
        byMe.forEach(t -> candidates.putIfAbsent(t.row().kase().getId(), t.row()));
        lists.openOwnedBy(List.of(id)).forEach(r -> candidates.putIfAbsent(r.kase().getId(), r));
        lists.escalatedTo(id).forEach(r -> candidates.putIfAbsent(r.kase().getId(), r));
        if (me.isCeo()) {
            lists.openConfidential().forEach(r -> candidates.putIfAbsent(r.kase().getId(), r));
        }
        lists.openOwnedBy(colleagues).forEach(r -> candidates.putIfAbsent(r.kase().getId(), r));

        Map<Long, Assignment> taskToMe = new LinkedHashMap<>();
        toMe.forEach(t -> taskToMe.putIfAbsent(t.row().kase().getId(), t.assignment()));
        Map<Long, Assignment> handedDown = new LinkedHashMap<>();
        byMe.forEach(t -> handedDown.putIfAbsent(t.row().kase().getId(), t.assignment()));   // earliest follow-up first

        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, TEHRAN);
        Map<Group, List<Item>> groups = new EnumMap<>(Group.class);
        for (CaseLists.Row row : candidates.values()) {
            ComplaintCase c = row.kase();
            if (!c.getState().isOpen()) {
                continue;
            }
            Group group = groupOf(c, id, taskToMe.containsKey(c.getId()), handedDown.containsKey(c.getId()),
                    c.getOwnerId() != null && colleagues.contains(c.getOwnerId()));
            Assignment task = switch (group) {
                case FOLLOW -> handedDown.get(c.getId());
                case TASK -> taskToMe.get(c.getId());
                default -> null;
            };
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Item(row, group, task, deadline(c, task, now, today)));
        }
        List<Section> sections = new ArrayList<>();
        groups.forEach((group, items) -> {
            items.sort(DUE_FIRST);
            sections.add(new Section(group, List.copyOf(items), items.stream().filter(i -> i.deadline() != null && i.deadline().overdue()).count()));
        });
        return sections;
    }

    /** What the person must do with the case now; the first rule that holds decides. */
    static Group groupOf(ComplaintCase c, long me, boolean taskToMe, boolean handedDown, boolean colleagueOwns) {
        if (c.getOwnerId() != null && c.getOwnerId() == me) {
            return switch (c.getState()) {
                case RECEIVED, ACKNOWLEDGED, REOPENED -> Group.ASSESS;
                case DECISION_COMMUNICATED, AWAITING_CONFIRMATION -> Group.CONFIRM;
                default -> handedDown ? Group.FOLLOW : Group.DECIDE;
            };
        }
        if (taskToMe) {
            return handedDown ? Group.FOLLOW : Group.TASK;
        }
        if (handedDown) {
            return Group.FOLLOW;
        }
        boolean escalatedToMe = c.getEscalatedTo() != null && c.getEscalatedTo() == me;
        return colleagueOwns && !escalatedToMe ? Group.DEPARTMENT : Group.WATCH;   // else: escalated to me, or the CEO's page
    }

    /** The earliest of the next SLA milestone and the task's follow-up day. */
    static Deadline deadline(ComplaintCase c, Assignment task, Instant now, LocalDate today) {
        SlaMilestone next = c.nextMilestone();
        Deadline sla = next == null || c.dueAt(next) == null ? null
                : new Deadline(DeadlineKind.valueOf(next.name()), c.dueAt(next), null, !now.isBefore(c.dueAt(next)));
        if (task == null || task.getFollowUpOn() == null) {
            return sla;
        }
        LocalDate day = task.getFollowUpOn();
        Deadline followUp = new Deadline(DeadlineKind.FOLLOW_UP, day.plusDays(1).atStartOfDay(TEHRAN).toInstant(), day, day.isBefore(today));
        return sla == null || followUp.at().isBefore(sla.at()) ? followUp : sla;
    }

    private static Instant sortKey(Deadline d) {
        return d.at();
    }
}
