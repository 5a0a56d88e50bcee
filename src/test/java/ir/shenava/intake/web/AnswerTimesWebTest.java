package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import ir.shenava.TestClock;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.Priority;
import ir.shenava.cases.internal.InvestigationLog;
import ir.shenava.cases.internal.LogEntry;
import ir.shenava.cases.internal.SlaTarget;
import ir.shenava.cases.internal.SlaTargets;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public pages say when the complainant will hear from the company (issue 15 §11): the page after
 * sending, by the SLA targets over the work calendar; the tracking page, by the case's next deadline.
 * The expected dates are worked out here from the calendar and the stored targets, not read from the page.
 */
@ShenavaIntegrationTest
class AnswerTimesWebTest {

    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    /** A Wednesday, 15:00 in Tehran: the working week ends the next day, then a Friday. */
    static final Instant SENT = Instant.parse("2026-11-25T11:30:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    WorkCalendars calendars;
    @Autowired
    SlaTargets targets;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ProofOfWork pow;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseTestSupport support;
    @Autowired
    InvestigationLog log;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String persianDay(Instant at) {
        return JalaliDate.fromGregorian(at.atZone(TEHRAN).toLocalDate()).toPersianString();
    }

    private Instant due(Instant from, String column) {
        int minutes = jdbc.queryForObject("select " + column + " from sla_target where priority = 'NORMAL'", Integer.class);
        return calendars.current().addWorkingTime(from, Duration.ofMinutes(minutes));
    }

    private String[] solvedChallenge() {
        String challenge = pow.issue();
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.sha256(challenge + ":" + counter)) >= pow.bits()) {
                return new String[] {challenge, String.valueOf(counter)};
            }
        }
    }

    private MvcResult send() throws Exception {
        String[] solved = solvedChallenge();
        String ip = "10.71." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return mvc.perform(multipart("/complaint").with(r -> { r.setRemoteAddr(ip); return r; }).with(csrf())
                .param("contactName", "نرگس امینی").param("phone", "09121112233").param("categoryCode", "SALES")
                .param("subject", "دیرکرد " + UUID.randomUUID().toString().substring(0, 8)).param("description", "شرح")
                .param("challenge", solved[0]).param("counter", solved[1])).andReturn();
    }

    @Test
    void theDonePageOffersToCopyTheCodeAndSaysWhenToExpectContactAndAnAnswer() throws Exception {
        clock.set(SENT);
        MvcResult sent = send();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/complaint/done");
        String code = (String) sent.getFlashMap().get("trackingCode");
        String done = mvc.perform(get("/complaint/done").flashAttrs(sent.getFlashMap())).andReturn().getResponse().getContentAsString();

        Instant contact = due(SENT, "first_contact_minutes");
        Instant answer = due(SENT, "resolution_minutes");
        assertThat(answer).isAfter(contact);
        assertThat(done).contains("id=\"tracking-code\"").contains(code)
                .contains("id=\"copy-code\"").contains("data-copied=\"کد رهگیری رونوشت شد.\"").contains("role=\"status\"")
                .contains("کارشناس ما تا " + persianDay(contact) + " با شما تماس می‌گیرد")
                .contains("پاسخ شکایت شما تا " + persianDay(answer) + " آماده می‌شود")
                // the language switch comes back to this page with the code
                .contains("back=/complaint/done?code%3D" + code);

        String english = mvc.perform(get("/complaint/done").param("code", code).param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains(code).contains("will contact you by").contains("lang=\"fa\"");
        assertThat(mvc.perform(get("/complaint/done").param("code", "<b>nonsense</b>")).andReturn().getResponse()
                .getContentAsString()).doesNotContain("nonsense").doesNotContain("copy-code");
    }

    @Test
    void aNewFirstContactTargetChangesWhatTheDonePagePromises() throws Exception {
        SlaTarget normal = targets.of(Priority.NORMAL);
        try {
            targets.save(new SlaTarget(Priority.NORMAL, normal.acknowledgeMinutes(), 60, normal.resolutionMinutes()));
            clock.set(SENT);
            MvcResult sent = send();
            String done = mvc.perform(get("/complaint/done").flashAttrs(sent.getFlashMap())).andReturn().getResponse()
                    .getContentAsString();
            Instant inAnHour = calendars.current().addWorkingTime(SENT, Duration.ofMinutes(60));
            assertThat(done).contains("کارشناس ما تا " + persianDay(inAnHour) + " با شما تماس می‌گیرد");
        } finally {
            targets.save(normal);
        }
    }

    @Test
    void theTrackingPageSaysWhenTheNextStepIsDue() throws Exception {
        String mobile = "0912" + (1000000 + (int) (Math.random() * 8999999));
        Instant received = Instant.parse("2026-11-21T06:00:00Z");   // a Saturday morning
        Complaint c = intake.registerAt(Channel.WEB_FORM, new Submission("کاوه رضایی", null, PhoneNumber.parse(mobile), null,
                "SALES", null, null, "کندی پاسخ " + UUID.randomUUID().toString().substring(0, 8), "شرح", null, null, null, null),
                received);
        OpenedCase.awaitFor(jdbc, c.getId());
        clock.set(received.plus(Duration.ofHours(1)));   // before the deadlines: they are promises, not apologies
        String page = mvc.perform(post("/track").with(r -> { r.setRemoteAddr("10.72.1." + (int) (Math.random() * 250)); return r; })
                .param("code", c.getTrackingCode().display()).param("verifier", mobile.substring(7)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        // acknowledged on arrival (the complainant has a phone): next comes the first contact, by its target
        Instant contact = due(received, "first_contact_minutes");
        assertThat(page).contains("id=\"next-step\"").contains("تماس کارشناس با شما تا " + persianDay(contact));

        // a senior manager talks with the customer: the next step is the answer, by the resolution target
        CaseTestSupport.Person senior = support.person(Role.SENIOR_MANAGER, null);
        log.write(c.getId(), senior.actor(), new InvestigationLog.Draft(LogEntry.Kind.TALK_WITH_CUSTOMER, null, LogEntry.How.PHONE,
                null, "گفتگو درباره‌ی کندی پاسخ"), null);
        String after = mvc.perform(post("/track").with(r -> { r.setRemoteAddr("10.72.2." + (int) (Math.random() * 250)); return r; })
                .param("code", c.getTrackingCode().display()).param("verifier", mobile.substring(7)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        Instant answer = due(received, "resolution_minutes");
        assertThat(after).contains("پاسخ شکایت شما تا " + persianDay(answer)).doesNotContain("تماس کارشناس با شما تا")
                // public: nothing of the case's internals — not the log, not who talked
                .doesNotContain("گفتگو درباره‌ی کندی پاسخ").doesNotContain("همکار " + senior.username());

        // once the deadline has passed the page says so instead of offering a past date as a promise
        clock.set(answer.plus(Duration.ofHours(1)));
        String late = mvc.perform(post("/track").with(r -> { r.setRemoteAddr("10.72.3." + (int) (Math.random() * 250)); return r; })
                .param("code", c.getTrackingCode().display()).param("verifier", mobile.substring(7)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(late).contains("موعد گام بعدی (" + persianDay(answer) + ") گذشته است").doesNotContain("پاسخ شکایت شما تا");
    }
}
