package ir.shenava.surveys.followup;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveyCompleted;
import ir.shenava.surveys.SurveySection;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a completed survey (policy 4: "the results are sent to the managers and any
 * dissatisfaction is investigated"): the survey is kept for the managers' pages, each manager
 * responsible for one of its sections and each quality manager gets it in their review list, and
 * its dissatisfied answers become SURVEY complaints. All in the listener's one transaction, so a
 * redelivered event finds the survey stored and does nothing again.
 */
@Component
class SurveyFollowUp {

    private final SurveyResults results;
    private final SurveyReviews reviews;
    private final SectionManagers managers;
    private final SurveyComplaints complaints;
    private final DissatisfactionReasons reasons;
    private final StaffDirectory staff;
    private final Clock clock;

    SurveyFollowUp(SurveyResults results, SurveyReviews reviews, SectionManagers managers, SurveyComplaints complaints,
                   DissatisfactionReasons reasons, StaffDirectory staff, Clock clock) {
        this.results = results;
        this.reviews = reviews;
        this.managers = managers;
        this.complaints = complaints;
        this.reasons = reasons;
        this.staff = staff;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SurveyCompleted event) {
        Optional<SurveyResult> stored = results.store(event, clock.instant());
        if (stored.isEmpty()) {
            return;   // stored, reviewers named and complaints registered by the first delivery
        }
        SurveyResult survey = stored.get();
        Function<SurveySection, List<SectionManagers.Responsible>> responsible = managers.of(survey);
        reviews.assign(survey.surveyId(), reviewers(event.answers(), responsible));
        recordReasons(event);
        complaints.register(survey, event.answers(), event.contactId(), responsible);
    }

    /** The managers of the sections answered, then the quality managers (who review every survey). */
    private Map<Long, Set<SurveySection>> reviewers(List<SurveyAnswer> answers,
                                                    Function<SurveySection, List<SectionManagers.Responsible>> responsible) {
        Set<SurveySection> answered = EnumSet.noneOf(SurveySection.class);
        answers.stream().filter(a -> !a.notApplicable()).forEach(a -> answered.add(a.section()));
        Map<Long, Set<SurveySection>> reviewers = new LinkedHashMap<>();
        for (SurveySection section : answered) {
            responsible.apply(section).stream().filter(r -> r.ownerId() != null)
                    .forEach(r -> reviewers.computeIfAbsent(r.ownerId(), o -> new LinkedHashSet<>()).add(section));
        }
        for (StaffSummary quality : staff.activeWithRole(Role.QUALITY_MANAGER)) {
            reviewers.computeIfAbsent(quality.id().value(), o -> new LinkedHashSet<>()).addAll(answered);
        }
        return reviewers;
    }

    /**
     * The reasons coded on the call count for the quarterly Pareto (policy 5), unless the call's side of
     * the module recorded them already. A reason deactivated between the call and now is left out:
     * the catalogue records active reasons only.
     */
    private void recordReasons(SurveyCompleted event) {
        if (!reasons.recordedFor(ReasonSource.SURVEY, event.surveyId()).isEmpty()) {
            return;
        }
        Set<String> codes = new LinkedHashSet<>();
        event.answers().forEach(a -> codes.addAll(a.reasonCodes()));
        codes.removeIf(c -> reasons.find(c).filter(r -> r.active()).isEmpty());
        if (!codes.isEmpty()) {
            reasons.recorded(ReasonSource.SURVEY, event.surveyId(), codes, event.completedAt());
        }
    }
}
