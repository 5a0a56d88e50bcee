package ir.shenava.surveys;

import static ir.shenava.surveys.SurveyFixtures.completed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import ir.shenava.surveys.calls.AttemptOutcome;
import ir.shenava.surveys.calls.CallAttempts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRow;
import ir.shenava.surveys.calls.CallRuleException;
import ir.shenava.surveys.calls.CallScheduling;
import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.calls.Response;
import ir.shenava.surveys.calls.SurveyRecording;
import ir.shenava.surveys.questionnaire.Question;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Claims, attempts and their rules, and the survey's completion with what it publishes. */
@ShenavaIntegrationTest
@RecordApplicationEvents
class CallFlowTest {

    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    CallScheduling scheduling;
    @Autowired
    CallQueue queue;
    @Autowired
    CallAttempts attempts;
    @Autowired
    SurveyRecording recording;
    @Autowired
    DissatisfactionReasons reasons;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    ir.shenava.surveys.questionnaire.Questionnaires questionnaires;
    @Autowired
    ApplicationEvents events;

    long caller;
    long otherCaller;
    long customer;
    long unit;
    long callId;

    @BeforeEach
    void aDueCall() {
        caller = staff(Role.CALLER);
        otherCaller = staff(Role.CALLER);
        customer = fixtures.customer(true);
        unit = fixtures.unit(customer, 31L);
        // completed Tue 2026-10-06: due Tue 2026-10-13 08:00; we work on Wednesday 10/14 at 09:00
        callId = scheduling.schedule(completed(customer, unit, "2026-10-06", 21L, 22L), "test");
        clock.set(CallRulesTest.tehran("2026-10-14T09:00"));
    }

    long staff(Role role) {
        String name = "c" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.create(name, "password-123", new StaffAccounts.Profile("کاربر " + name, null, null, null, null,
                EnumSet.of(role), true)).getId();
    }

    @Test
    void twoConcurrentClaimsOneWins() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Optional<CallRow>> a = () -> {
            together.await();
            return queue.claim(callId, caller);
        };
        Callable<Optional<CallRow>> b = () -> {
            together.await();
            return queue.claim(callId, otherCaller);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Optional<CallRow>>> results;
        try {
            results = pool.invokeAll(List.of(a, b));
        } finally {
            pool.shutdown();
        }
        long winners = 0;
        for (Future<Optional<CallRow>> r : results) {
            winners += r.get().isPresent() ? 1 : 0;
        }
        assertThat(winners).isEqualTo(1);
        CallRow call = queue.find(callId).orElseThrow();
        assertThat(call.claimedBy()).isIn(caller, otherCaller);
    }

    @Test
    void anAbandonedClaimIsFreeAfterItsLease() {
        assertThat(queue.claim(callId, caller)).isPresent();
        assertThat(queue.claim(callId, otherCaller)).isEmpty();
        clock.advance(Duration.ofMinutes(21));
        assertThat(queue.claim(callId, otherCaller)).isPresent();
        assertThatThrownBy(() -> attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null))
                .isInstanceOf(CallRuleException.class).hasMessage("call.notClaimed");
    }

    @Test
    void aFailedAttemptIsRetriedLaterAndACallBackKeepsItsTime() {
        queue.claim(callId, caller);
        assertThat(attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null)).isEqualTo(CallStatus.PENDING);
        CallRow call = queue.find(callId).orElseThrow();
        assertThat(call.nextTryAt()).isEqualTo(CallRulesTest.tehran("2026-10-14T13:00"));
        assertThat(call.claimedBy()).isNull();
        assertThat(queue.due(1000)).extracting(CallRow::id).doesNotContain(callId);

        clock.set(CallRulesTest.tehran("2026-10-14T13:05"));
        queue.claim(callId, caller);
        Instant agreed = CallRulesTest.tehran("2026-10-17T10:30");
        attempts.log(callId, caller, AttemptOutcome.CALL_BACK, agreed, null, null);
        call = queue.find(callId).orElseThrow();
        assertThat(call.nextTryAt()).isEqualTo(agreed);
        assertThat(call.callBack()).isTrue();
        assertThat(queue.callBacks(1000)).extracting(CallRow::id).contains(callId);
    }

    @Test
    void afterFiveFailedAttemptsTheCallIsUnreachableAndEndsOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(queue.claim(callId, caller)).as("attempt %d", i + 1).isPresent();
            CallStatus status = attempts.log(callId, caller, i % 2 == 0 ? AttemptOutcome.NO_ANSWER : AttemptOutcome.BUSY,
                    null, null, null);
            assertThat(status).isEqualTo(i < 4 ? CallStatus.PENDING : CallStatus.UNREACHABLE);
            clock.set(queue.find(callId).orElseThrow().nextTryAt().plusSeconds(60));
        }
        assertThat(events.stream(FollowUpCallEnded.class).filter(e -> e.callId() == callId)).singleElement()
                .satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo(CallOutcome.UNREACHABLE);
                    assertThat(e.attempts()).isEqualTo(5);
                    assertThat(e.customerId()).isEqualTo(customer);
                });
        assertThat(queue.claim(callId, caller)).isEmpty();
        assertThat(queue.needingAttention(1000)).extracting(CallRow::id).contains(callId);
        // the quality manager is told (notifications turns it into a notice and a mail)
        assertThat(events.stream(FollowUpCallUnreachable.class).filter(e -> e.callId() == callId)).singleElement()
                .satisfies(e -> assertThat(e.customerName()).startsWith("بیمارستان "))
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(5));
    }

    @Test
    void tenWorkingDaysAfterTheFirstAttemptTheCallIsUnreachableEvenWithFewerAttempts() {
        queue.claim(callId, caller);
        attempts.log(callId, caller, AttemptOutcome.NO_ANSWER, null, null, null);
        clock.set(CallRulesTest.tehran("2026-10-27T15:00"));   // the 10th working day after Wed 10/14 ends the window
        queue.claim(callId, caller);
        assertThat(attempts.log(callId, caller, AttemptOutcome.BUSY, null, null, null)).isEqualTo(CallStatus.UNREACHABLE);
    }

    @Test
    void aRefusalEndsTheCall() {
        queue.claim(callId, caller);
        assertThat(attempts.log(callId, caller, AttemptOutcome.REFUSED, null, null, "وقت ندارند")).isEqualTo(CallStatus.REFUSED);
        assertThat(events.stream(FollowUpCallEnded.class).filter(e -> e.callId() == callId))
                .singleElement().extracting(FollowUpCallEnded::outcome).isEqualTo(CallOutcome.REFUSED);
    }

    @Test
    void aWrongNumberWithoutAnotherContactHoldsTheCallForTheQualityManager() {
        queue.claim(callId, caller);
        assertThat(attempts.log(callId, caller, AttemptOutcome.WRONG_NUMBER, null, null, null)).isEqualTo(CallStatus.NO_PHONE);
        assertThat(queue.needingAttention(1000)).extracting(CallRow::id).contains(callId);
    }

    @Test
    void completingPublishesTheWholeSurvey() {
        queue.claim(callId, caller);
        attempts.log(callId, caller, AttemptOutcome.ANSWERED, null, null, null);
        long surveyId = recording.start(callId, caller, null, SurveyMode.PHONE);
        SurveyRecording.Draft draft = recording.ofCall(callId).orElseThrow();
        List<Question> qs = draft.questionnaire().questions();
        Question staffQ = byCode(qs, "STAFF_CONDUCT");
        Question sales = byCode(qs, "SALES_PROCESS");
        Question install = byCode(qs, "INSTALLATION");
        Question training = byCode(qs, "TRAINING");
        Question support = byCode(qs, "SUPPORT_CONTACT");
        Question recommend = byCode(qs, "RECOMMEND");

        recording.save(draft, new Response(staffQ.id(), 5, false, null, null, null));
        recording.save(draft, new Response(sales.id(), null, true, null, null, null));
        // a low installation score: without a reason it cannot complete
        recording.save(draft, new Response(install.id(), 2, false, null, "دستگاه دیر راه‌اندازی شد", null));
        recording.save(draft, new Response(training.id(), 4, false, null, null, null));
        draft = recording.ofCall(callId).orElseThrow();
        Map<Long, String> problems = recording.problems(draft);
        assertThat(problems).containsEntry(install.id(), "survey.reason.required").containsEntry(support.id(), "survey.required");
        assertThat(recording.complete(callId, caller)).isNotEmpty();

        String reason = reasons.active().stream().filter(r -> r.areaCode().equals("INSTALLATION_TRAINING")).findFirst()
                .orElseThrow().code();
        recording.save(draft, new Response(install.id(), 2, false, null, "دستگاه دیر راه‌اندازی شد", List.of(reason, "NO.SUCH")));
        recording.save(draft, new Response(support.id(), 3, false, null, null, List.of(reason)));
        recording.save(draft, new Response(recommend.id(), 10, false, null, null, null));
        assertThatThrownBy(() -> recording.save(recording.ofCall(callId).orElseThrow(),
                new Response(staffQ.id(), 7, false, null, null, null))).hasMessage("survey.score.invalid");
        assertThat(recording.complete(callId, caller)).isEmpty();

        SurveyCompleted done = events.stream(SurveyCompleted.class).filter(e -> e.callId() == callId).findFirst().orElseThrow();
        assertThat(done.surveyId()).isEqualTo(surveyId);
        assertThat(done.customerId()).isEqualTo(customer);
        assertThat(done.equipmentIds()).containsExactly(unit);
        assertThat(done.installerIds()).containsExactlyInAnyOrder(21L, 22L);
        assertThat(done.sellerIds()).containsExactly(31L);
        assertThat(done.questionnaireId()).isEqualTo(draft.questionnaire().id());
        assertThat(done.questionnaireVersion()).isEqualTo(draft.questionnaire().version());
        assertThat(done.mode()).isEqualTo(SurveyMode.PHONE);
        assertThat(done.callerId()).isEqualTo(caller);
        assertThat(done.answers()).extracting(SurveyAnswer::questionCode)
                .containsExactly("STAFF_CONDUCT", "SALES_PROCESS", "INSTALLATION", "TRAINING", "SUPPORT_CONTACT", "RECOMMEND");
        assertThat(done.answers()).filteredOn(a -> a.questionCode().equals("INSTALLATION")).singleElement().satisfies(a -> {
            assertThat(a.section()).isEqualTo(SurveySection.INSTALLATION_TRAINING);
            assertThat(a.type()).isEqualTo(QuestionType.SCALE);
            assertThat(a.score()).isEqualTo(2);
            assertThat(a.dissatisfied()).isTrue();
            assertThat(a.reasonCodes()).containsExactly(reason);
            assertThat(a.text()).isEqualTo("دستگاه دیر راه‌اندازی شد");
        });
        assertThat(done.answers()).filteredOn(a -> a.questionCode().equals("SALES_PROCESS")).singleElement()
                .satisfies(a -> assertThat(a.notApplicable()).isTrue()).satisfies(a -> assertThat(a.score()).isNull());
        assertThat(done.answers()).filteredOn(a -> a.questionCode().equals("SUPPORT_CONTACT")).singleElement()
                .satisfies(a -> assertThat(a.dissatisfied()).isFalse()).satisfies(a -> assertThat(a.reasonCodes()).isEmpty());
        assertThat(done.answers()).filteredOn(a -> a.questionCode().equals("RECOMMEND")).singleElement()
                .satisfies(a -> assertThat(a.score()).isEqualTo(10));
        assertThat(reasons.recordedFor(ReasonSource.SURVEY, surveyId)).containsExactly(reason);
        assertThat(events.stream(FollowUpCallEnded.class).filter(e -> e.callId() == callId)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(CallOutcome.COMPLETED))
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(queue.find(callId).orElseThrow().status()).isEqualTo(CallStatus.COMPLETED);
        assertThatThrownBy(() -> recording.complete(callId, caller)).isInstanceOf(CallRuleException.class);
    }

    @Test
    void aSurveyKeepsTheVersionItWasStartedWithWhenANewOneIsPublished() {
        queue.claim(callId, caller);
        attempts.log(callId, caller, AttemptOutcome.ANSWERED, null, null, null);
        recording.start(callId, caller, null, SurveyMode.PHONE);
        ir.shenava.surveys.questionnaire.Questionnaire started = recording.ofCall(callId).orElseThrow().questionnaire();

        long draft = questionnaires.draft();
        questionnaires.saveQuestion(draft, null, "DELIVERY_ON_TIME", SurveySection.SALES, QuestionType.YES_NO,
                "آیا دستگاه به موقع تحویل شد؟", "Was the unit delivered on time?", null, null, false, true);
        questionnaires.publish(draft);
        assertThatThrownBy(() -> questionnaires.describe(draft, "x", "x", 3)).hasMessage("questionnaire.published.immutable");
        assertThatThrownBy(() -> questionnaires.describe(started.id(), "x", "x", 3)).hasMessage("questionnaire.published.immutable");

        SurveyRecording.Draft answering = recording.ofCall(callId).orElseThrow();
        assertThat(answering.questionnaire().id()).isEqualTo(started.id());
        assertThat(answering.questionnaire().questions()).extracting(Question::code).doesNotContain("DELIVERY_ON_TIME");
        for (Question q : answering.questionnaire().questions()) {
            if (q.required()) {
                recording.save(answering, new Response(q.id(), 4, false, null, null, null));
            }
        }
        assertThat(recording.complete(callId, caller)).isEmpty();
        assertThat(events.stream(SurveyCompleted.class).filter(e -> e.callId() == callId)).singleElement()
                .satisfies(e -> assertThat(e.questionnaireVersion()).isEqualTo(started.version()));
        // a call answered from now on gets the new version
        long next = scheduling.schedule(completed(customer, fixtures.unit(customer, null), "2026-10-10", 21L), "test");
        queue.claim(next, caller);
        attempts.log(next, caller, AttemptOutcome.ANSWERED, null, null, null);
        recording.start(next, caller, null, SurveyMode.PHONE);
        assertThat(recording.ofCall(next).orElseThrow().questionnaire().id()).isEqualTo(draft);
    }

    private static Question byCode(List<Question> questions, String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }
}
