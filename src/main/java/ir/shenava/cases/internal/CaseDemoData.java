package ir.shenava.cases.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import ir.shenava.cases.CaseState;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintRegistered;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.platform.DemoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code --spring.profiles.active=demo}: the demo's two years of complaints as cases, each opened the
 * moment its complaint arrived and walked step by step through the real workflow at the moments of
 * its story ({@link CaseStory}, {@link DemoClock}): most closed on the customer's confirmation with
 * their reasons coded, some handed down the chain, some rejected, a few reopened, and the last days'
 * cases at the step they have reached today — a company that keeps up, with a few cases overdue.
 */
@Component
@Profile("demo")
@Order(50)
class CaseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);
    private static final Duration FRESH = Duration.ofDays(10);
    private static final CaseStory.Pace[] LATER = {CaseStory.Pace.UNDER_INVESTIGATION, CaseStory.Pace.RESPONSE_PROPOSED,
        CaseStory.Pace.AWAITING_CONFIRMATION, CaseStory.Pace.TO_THE_END, CaseStory.Pace.UNDER_INVESTIGATION,
        CaseStory.Pace.AWAITING_CONFIRMATION, CaseStory.Pace.TO_THE_END};

    private final ComplaintFollowUp complaints;
    private final CaseOpening opening;
    private final CaseRepository cases;
    private final CaseStory story;
    private final JdbcClient jdbc;
    private final DemoClock clock;

    CaseDemoData(ComplaintFollowUp complaints, CaseOpening opening, CaseRepository cases, CaseStory story, JdbcClient jdbc,
                 DemoClock clock) {
        this.complaints = complaints;
        this.opening = opening;
        this.cases = cases;
        this.story = story;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        // the surveys' dissatisfied answers become complaints in listeners: let them all arrive first
        awaitSurveyComplaints(Duration.ofSeconds(60));
        Instant now = clock.instant();
        List<Long> ids = complaints.receivedBetween(now.minus(Duration.ofDays(900)), now.plusSeconds(1));
        if (ids.isEmpty() || cases.findById(ids.get(0)).map(c -> c.getState() != CaseState.ACKNOWLEDGED
                && c.getState() != CaseState.RECEIVED).orElse(false)) {
            return;
        }
        Random random = new Random(1404);
        int index = 0;
        int fresh = 0;
        java.util.Map<String, Integer> stops = new java.util.TreeMap<>();
        for (Long id : ids) {
            Optional<ComplaintSummary> complaint = complaints.summary(id);
            if (complaint.isEmpty()) {
                continue;
            }
            // opened the moment the complaint arrived (the listener, carrying that moment, may have been first)
            Optional<ComplaintCase> c = clock.at(complaint.get().receivedAt(), () -> open(complaint.get()));
            if (c.isEmpty() || c.get().getOwnerId() == null) {
                stops.merge("no owner", 1, Integer::sum);
                continue;
            }
            Duration age = Duration.between(complaint.get().receivedAt(), now);
            boolean isFresh = age.compareTo(FRESH) < 0;
            try {
                story.walk(c.get(), index++, random, now, isFresh ? pace(age, fresh++) : CaseStory.Pace.TO_THE_END, isFresh);
            } catch (CaseRuleException e) {
                stops.merge(e.messageKey(), 1, Integer::sum);
            }
        }
        log.info("Demo: {} complaints taken through the investigation workflow at the moments of their story; "
                + "walks stopped by a rule: {}", index, stops);
    }

    /**
     * How far a case of the last ten days has come: of the last two days', alternately acknowledged
     * and assessed; of the older ones, under investigation, answered, awaiting the customer's word or
     * closed — so "my work" has fresh cases at every step (issue 15 §3).
     */
    static CaseStory.Pace pace(Duration age, int freshBefore) {
        if (age.toHours() < 48) {
            return freshBefore % 2 == 0 ? CaseStory.Pace.ACKNOWLEDGED : CaseStory.Pace.ASSESSED;
        }
        return LATER[freshBefore % LATER.length];
    }

    private Optional<ComplaintCase> open(ComplaintSummary s) {
        Optional<ComplaintCase> existing = cases.findById(s.id());
        if (existing.isPresent()) {
            return existing;
        }
        try {
            return opening.open(new ComplaintRegistered(s.id(), s.trackingCode(), s.channel(), s.categoryCode(),
                    s.customerId(), s.ownerId(), s.confidential(), s.contactEmail(), s.receivedAt()));
        } catch (org.springframework.dao.DataIntegrityViolationException raced) {
            return cases.findById(s.id());
        }
    }

    /** Completed surveys are handled after their transactions, on other threads: wait (bounded) until none is left. */
    private void awaitSurveyComplaints(Duration atMost) throws InterruptedException {
        Instant until = Instant.now().plus(atMost);
        while (Instant.now().isBefore(until) && jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and coalesce(status, '') <> 'FAILED' and event_type like '%SurveyCompleted'").query(Long.class).single() > 0) {
            Thread.sleep(200);
        }
    }
}
