package ir.shenava.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.internal.CaseAssignments;
import ir.shenava.intake.Channel;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Property-style: random sequences of assign / hand down / report back / take back / reassign on a
 * CEO-page case, up to three levels deep. After every step exactly the CEO and the people on the live
 * chain — both ends of every task whose task and ancestors were not taken back — may read the
 * complaint and the case: its page, the case page, the inbox and its search, the case list and its
 * search; people off the chain find nothing of it on "my work" and in their notifications either.
 * The model below is the rule written out on its own; the application's answers are compared to it.
 */
@ShenavaIntegrationTest
class DelegationChainPropertyTest {

    private static final int STEPS = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseAssignments assignments;

    /** The test's own picture of a task. */
    static final class Task {
        final long id;
        final Task parent;
        final Person from;
        final Person to;
        final int depth;
        String state = "ACTIVE";

        Task(long id, Task parent, Person from, Person to) {
            this.id = id;
            this.parent = parent;
            this.from = from;
            this.to = to;
            this.depth = parent == null ? 1 : parent.depth + 1;
        }
    }

    private Person ceo;
    private final List<Person> people = new ArrayList<>();
    private final java.util.Map<Long, List<Person>> below = new java.util.HashMap<>();

    /** The sequence that leaked: the middle delegate kept the complaint after the CEO took his task back. */
    @Test
    void theMiddleDelegateLosesTheComplaintWhenTheCeoTakesHisTaskBack() throws Exception {
        team();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "زنجیره " + tag;
        long id = support.complaint(Channel.CEO_PAGE, subject, null).getId();
        support.caseOf(id);
        List<Task> tasks = new ArrayList<>();
        assign(id, tasks, ceo, people.get(1), tag + "-0");
        assign(id, tasks, people.get(1), people.get(2), tag + "-1");
        assign(id, tasks, people.get(2), people.get(3), tag + "-2");
        report(id, tasks.get(2), tag + "-3");
        check(id, tag, subject, tasks, "three deep, the expert reported back");
        assignments.takeBack(tasks.get(0).id, ceo.actor());
        withdraw(tasks.get(0), tasks);
        assertThat(liveChain(tasks)).containsExactly(ceo.id());
        check(id, tag, subject, tasks, "the CEO took the first task back");
    }

    @RepeatedTest(3)
    void exactlyTheCeoAndTheLiveChainReadAConfidentialComplaint() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        team();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String subject = "زنجیره " + tag;
        long id = support.complaint(Channel.CEO_PAGE, subject, null).getId();
        support.caseOf(id);
        List<Task> tasks = new ArrayList<>();
        List<String> log = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            log.add(move(random, id, tasks, tag + "-" + step));
            check(id, tag, subject, tasks, "seed " + seed + ", steps " + log);
        }
    }

    /** CEO → senior → manager → two experts; a second senior with an expert and a bystanding manager. */
    private void team() {
        people.clear();
        below.clear();
        ceo = support.person(Role.CEO, null);
        Person senior = support.person(Role.SENIOR_MANAGER, ceo);
        Person manager = support.person(Role.MANAGER, senior);
        Person expert = support.person(Role.SALES_EXPERT, manager);
        Person technician = support.person(Role.TECHNICAL_EXPERT, manager);
        Person otherSenior = support.person(Role.SENIOR_MANAGER, ceo);
        Person otherExpert = support.person(Role.SALES_EXPERT, otherSenior);
        Person bystander = support.person(Role.MANAGER, otherSenior);
        people.addAll(List.of(ceo, senior, manager, expert, technician, otherSenior, otherExpert, bystander));
        below.put(ceo.id(), List.of(senior, manager, expert, technician, otherSenior, otherExpert, bystander));
        below.put(senior.id(), List.of(manager, expert, technician));
        below.put(manager.id(), List.of(expert, technician));
        below.put(otherSenior.id(), List.of(otherExpert, bystander));
    }

    private String move(Random random, long caseId, List<Task> tasks, String label) {
        List<Task> active = tasks.stream().filter(t -> t.state.equals("ACTIVE")).toList();
        // weighted towards deep chains and taking back tasks that have tasks below them
        int roll = random.nextInt(100);
        int kind = active.isEmpty() ? 0 : roll < 20 ? 0 : roll < 55 ? 1 : roll < 65 ? 2 : roll < 90 ? 3 : 4;
        switch (kind) {
            case 1 -> { // hand down, if the holder has someone below and the chain is not three deep yet
                Task holding = active.get(random.nextInt(active.size()));
                List<Person> under = below.getOrDefault(holding.to.id(), List.of());
                if (holding.depth < 3 && !under.isEmpty()) {
                    Person to = under.get(random.nextInt(under.size()));
                    assign(caseId, tasks, holding.to, to, label);
                    return "handDown " + name(holding.to) + "→" + name(to);
                }
                return report(caseId, holding, label);
            }
            case 2 -> {
                return report(caseId, active.get(random.nextInt(active.size())), label);
            }
            case 3, 4 -> { // take back (by the delegator if still working on the case, else the CEO); 4 reassigns
                List<Task> parents = active.stream().filter(t -> tasks.stream().anyMatch(c -> c.parent == t)).toList();
                Task task = !parents.isEmpty() && random.nextInt(10) < 7 ? parents.get(random.nextInt(parents.size()))
                        : active.get(random.nextInt(active.size()));
                Person actor = mayWork(task.from, tasks) && random.nextBoolean() ? task.from : ceo;
                assignments.takeBack(task.id, actor.actor());
                withdraw(task, tasks);
                String done = "takeBack " + name(task.from) + "→" + name(task.to) + " by " + name(actor);
                if (kind == 4 && mayWork(task.from, tasks)) {
                    List<Person> under = below.get(task.from.id());
                    Person to = under.get(random.nextInt(under.size()));
                    assign(caseId, tasks, task.from, to, label);
                    return done + ", reassign →" + name(to);
                }
                return done;
            }
            default -> {
                List<Person> under = below.get(ceo.id());
                Person to = under.get(random.nextInt(under.size()));
                assign(caseId, tasks, ceo, to, label);
                return "assign CEO→" + name(to);
            }
        }
    }

    private void assign(long caseId, List<Task> tasks, Person from, Person to, String label) {
        // the application hangs the new task under the newest task the delegator holds
        Task parent = tasks.stream().filter(t -> t.state.equals("ACTIVE") && t.to.id() == from.id())
                .max(Comparator.comparingLong(t -> t.id)).orElse(null);
        long id = assignments.assign(caseId, from.actor(), to.id(), "دستور محرمانه " + label, LocalDate.now().plusDays(3)).getId();
        tasks.add(new Task(id, parent, from, to));
    }

    private String report(long caseId, Task task, String label) {
        assignments.reportDone(task.id, task.to.actor(), "گزارش " + label);
        task.state = "DONE";
        return "report " + name(task.to);
    }

    /** Taking a task back takes back everything below it, finished tasks included. */
    private static void withdraw(Task task, List<Task> tasks) {
        task.state = "TAKEN_BACK";
        tasks.stream().filter(t -> t.parent == task && !t.state.equals("TAKEN_BACK")).forEach(t -> withdraw(t, tasks));
    }

    private boolean mayWork(Person p, List<Task> tasks) {
        return p.id() == ceo.id() || tasks.stream().anyMatch(t -> t.state.equals("ACTIVE") && t.to.id() == p.id());
    }

    private String name(Person p) {
        return p.role().name() + "#" + people.indexOf(p);
    }

    private Set<Long> liveChain(List<Task> tasks) {
        Set<Long> live = new HashSet<>(Set.of(ceo.id()));
        tasks.stream().filter(t -> !t.state.equals("TAKEN_BACK")).forEach(t -> {
            live.add(t.from.id());
            live.add(t.to.id());
        });
        return live;
    }

    private void check(long id, String tag, String subject, List<Task> tasks, String context) throws Exception {
        Set<Long> live = liveChain(tasks);
        for (Person p : people) {
            boolean reads = live.contains(p.id());
            String who = name(p) + (reads ? " on the chain" : " off the chain") + " — " + context;
            assertThat(status("/complaints/" + id, p)).as("complaint page, " + who).isEqualTo(reads ? 200 : 404);
            assertThat(status("/cases/" + id, p)).as("case page, " + who).isEqualTo(reads ? 200 : 404);
            assertThat(body("/complaints?query=" + tag, p).contains(">" + subject + "<")).as("inbox search, " + who)
                    .isEqualTo(reads);
            assertThat(body("/complaints", p).contains(">" + subject + "<")).as("inbox, " + who).isEqualTo(reads);
            assertThat(body("/cases?q=" + tag, p).contains(subject)).as("case list search, " + who).isEqualTo(reads);
            if (!reads) {
                assertThat(body("/work", p)).as("my work, " + who).doesNotContain(tag);
                assertThat(body("/notifications", p)).as("notifications, " + who).doesNotContain(tag);
            }
        }
    }

    private int status(String url, Person p) throws Exception {
        return mvc.perform(get(url).with(p.auth())).andReturn().getResponse().getStatus();
    }

    private String body(String url, Person p) throws Exception {
        return mvc.perform(get(url).with(p.auth())).andReturn().getResponse().getContentAsString();
    }
}
