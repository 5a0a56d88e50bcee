package ir.shenava.cases.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import ir.shenava.cases.CaseState;
import ir.shenava.intake.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static ir.shenava.cases.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every step from every state: the allowed ones land where the table says, all others are refused. */
class CaseStepTest {

    private static final Map<CaseStep, Set<CaseState>> ALLOWED = Map.ofEntries(
            Map.entry(CaseStep.ACKNOWLEDGE, EnumSet.of(RECEIVED)),
            Map.entry(CaseStep.ASSESS, EnumSet.of(ACKNOWLEDGED, REOPENED)),
            Map.entry(CaseStep.START_INVESTIGATION, EnumSet.of(ASSESSED)),
            Map.entry(CaseStep.PROPOSE_RESPONSE, EnumSet.of(UNDER_INVESTIGATION)),
            Map.entry(CaseStep.RETURN_TO_INVESTIGATION, EnumSet.of(RESPONSE_PROPOSED)),
            Map.entry(CaseStep.COMMUNICATE_DECISION, EnumSet.of(RESPONSE_PROPOSED)),
            Map.entry(CaseStep.REQUEST_CONFIRMATION, EnumSet.of(DECISION_COMMUNICATED)),
            Map.entry(CaseStep.RECORD_NOT_SATISFIED, EnumSet.of(DECISION_COMMUNICATED, AWAITING_CONFIRMATION)),
            Map.entry(CaseStep.CLOSE, EnumSet.of(DECISION_COMMUNICATED, AWAITING_CONFIRMATION)),
            Map.entry(CaseStep.REJECT, EnumSet.of(RECEIVED, ACKNOWLEDGED, ASSESSED)),
            Map.entry(CaseStep.REOPEN, EnumSet.of(CLOSED, REJECTED)));

    @ParameterizedTest
    @EnumSource(CaseStep.class)
    void eachStepIsAllowedExactlyFromItsStates(CaseStep step) {
        for (CaseState state : CaseState.values()) {
            ComplaintCase c = caseIn(state);
            if (ALLOWED.get(step).contains(state)) {
                assertThat(c.move(step)).isEqualTo(state);
                assertThat(c.getState()).as("%s from %s", step, state).isEqualTo(step.to());
            } else {
                assertThatThrownBy(() -> c.move(step)).as("%s from %s", step, state)
                        .isInstanceOf(CaseRuleException.class).hasMessage("case.error.stepNotAllowed");
                assertThat(c.getState()).isEqualTo(state);
            }
        }
    }

    @Test
    void theTableCoversEveryStep() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(CaseStep.values());
    }

    @Test
    void everyOpenStateHasAWayForwardAndTheEndsCanBeReopened() {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseStep.from(state)).as("steps from %s", state).isNotEmpty();
        }
        assertThat(CaseStep.from(CLOSED)).containsExactly(CaseStep.REOPEN);
        assertThat(CaseStep.from(REJECTED)).containsExactly(CaseStep.REOPEN);
    }

    @Test
    void closingWithoutConfirmationNeedsASeniorManagerAndAReason() {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        assertThatThrownBy(() -> caseIn(AWAITING_CONFIRMATION).close(false, false, false, "x", now))
                .hasMessage("case.error.closeNeedsConfirmation");
        assertThatThrownBy(() -> caseIn(AWAITING_CONFIRMATION).close(false, false, true, " ", now))
                .hasMessage("case.error.closeReasonRequired");
        ComplaintCase c = caseIn(AWAITING_CONFIRMATION);
        c.close(false, false, true, "سه بار تماس بی‌پاسخ", now);
        assertThat(c.getState()).isEqualTo(CLOSED);
        assertThat(c.getCloseReason()).isEqualTo("سه بار تماس بی‌پاسخ");
    }

    @Test
    void openCorrectiveActionsBlockClosingEvenWhenTheCustomerIsSatisfied() {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        assertThatThrownBy(() -> caseIn(AWAITING_CONFIRMATION).close(true, true, false, null, now))
                .hasMessage("case.error.openActions");
        ComplaintCase c = caseIn(AWAITING_CONFIRMATION);
        c.close(true, false, false, null, now);
        assertThat(c.getState()).isEqualTo(CLOSED);
        assertThat(c.getCustomerSatisfied()).isTrue();
        assertThat(c.getCloseReason()).isNull();
    }

    @Test
    void aDuplicateIsRejectedOnlyWithItsOriginal() {
        assertThatThrownBy(() -> caseIn(RECEIVED).reject("DUPLICATE", null, null))
                .hasMessage("case.error.duplicateNeedsOriginal");
        ComplaintCase c = caseIn(RECEIVED);
        c.reject("DUPLICATE", "همان شکایت", 7L);
        assertThat(c.getState()).isEqualTo(REJECTED);
        assertThat(c.getDuplicateOf()).isEqualTo(7L);
    }

    @Test
    void milestonesAreMetInOrder() {
        Instant t = Instant.parse("2026-11-25T08:00:00Z");
        ComplaintCase c = caseIn(RECEIVED);
        assertThat(c.nextMilestone()).isEqualTo(ir.shenava.cases.SlaMilestone.ACKNOWLEDGE);
        c.acknowledge(t);
        assertThat(c.nextMilestone()).isEqualTo(ir.shenava.cases.SlaMilestone.FIRST_CONTACT);
        c.contactedCustomer(t);
        assertThat(c.nextMilestone()).isEqualTo(ir.shenava.cases.SlaMilestone.RESOLUTION);
    }

    static ComplaintCase caseIn(CaseState state) {
        Instant t = Instant.parse("2026-11-25T08:00:00Z");
        ComplaintCase c = new ComplaintCase(1L, "ABCDEFGHJK", Channel.WEB_FORM, "SALES", false, null, "s", null, 5L, t,
                new SlaDues(t, t, t));
        org.springframework.test.util.ReflectionTestUtils.setField(c, "state", state);
        return c;
    }
}
