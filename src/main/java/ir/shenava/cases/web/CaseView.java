package ir.shenava.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ir.shenava.cases.SlaState;
import ir.shenava.cases.internal.Actor;
import ir.shenava.cases.internal.Assignment;
import ir.shenava.cases.internal.CaseAccess;
import ir.shenava.cases.internal.CaseAudit;
import ir.shenava.cases.internal.CaseNotFoundException;
import ir.shenava.cases.internal.CaseReasons;
import ir.shenava.cases.internal.CaseRepository;
import ir.shenava.cases.internal.CaseStep;
import ir.shenava.cases.internal.Casework;
import ir.shenava.cases.internal.ComplaintCase;
import ir.shenava.cases.internal.CorrectiveActionRepository;
import ir.shenava.cases.internal.AssignmentRepository;
import ir.shenava.cases.internal.LogEntry;
import ir.shenava.cases.internal.LogEntryRepository;
import ir.shenava.cases.internal.Sla;
import ir.shenava.cases.internal.SlaTargets;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintCategories;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintSummary;
import ir.shenava.servicerecords.ServiceHistory;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.SurveyAnswers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Everything the case page shows, gathered once: the case, the complaint as received, the
 * customer, the chain of assignments, the log, the corrective actions, the audit timeline and the
 * steps the viewer may take next. A form that failed re-renders through here with what was typed.
 */
@Component
class CaseView {

    private final CaseRepository cases;
    private final AssignmentRepository assignments;
    private final LogEntryRepository log;
    private final CorrectiveActionRepository actions;
    private final CaseAudit audit;
    private final SlaTargets sla;
    private final ComplaintFollowUp complaints;
    private final ComplaintCategories categories;
    private final CustomerDirectory customers;
    private final ServiceHistory services;
    private final StaffDirectory staff;
    private final java.time.Clock clock;
    private final SurveyAnswers surveys;
    private final CaseReasons reasons;
    private final DissatisfactionReasons catalogue;

    CaseView(CaseRepository cases, AssignmentRepository assignments, LogEntryRepository log, CorrectiveActionRepository actions,
             CaseAudit audit, SlaTargets sla, ComplaintFollowUp complaints, ComplaintCategories categories,
             CustomerDirectory customers, ServiceHistory services, StaffDirectory staff, java.time.Clock clock,
             SurveyAnswers surveys, CaseReasons reasons,
             DissatisfactionReasons catalogue) {
        this.surveys = surveys;
        this.reasons = reasons;
        this.catalogue = catalogue;
        this.cases = cases;
        this.assignments = assignments;
        this.log = log;
        this.actions = actions;
        this.audit = audit;
        this.sla = sla;
        this.complaints = complaints;
        this.categories = categories;
        this.customers = customers;
        this.services = services;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    void fill(long caseId, Actor viewer, Locale locale, Model model) {
        ComplaintCase c = cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
        List<Assignment> chain = assignments.findByCaseIdOrderById(caseId);
        if (!CaseAccess.maySee(c, viewer, chain)) {
            throw new CaseNotFoundException(caseId);
        }
        boolean decides = CaseAccess.mayDecide(c, viewer, chain);
        model.addAttribute("kase", c);
        ComplaintSummary complaint = complaints.summary(caseId).orElse(null);
        model.addAttribute("complaint", complaint);
        model.addAttribute("suggestedSeverity", AssessmentSuggestion.severity(complaint == null ? null : complaint.satisfaction()));
        model.addAttribute("suggestedPriority", AssessmentSuggestion.priority(complaint == null ? null : complaint.satisfaction()));
        // a SURVEY complaint: the answers of the follow-up call that opened it (policy 4)
        model.addAttribute("caseSurvey", complaint != null && complaint.channel() == Channel.SURVEY
                ? surveys.forComplaint(caseId, locale).orElse(null) : null);
        // the complaint knows its customer best: an unknown complainant is linked to one after the case
        // opened, and a merged customer's id leads (through the directory) to the customer that stays
        Long customerId = complaint != null && complaint.customerId() != null ? complaint.customerId() : c.getCustomerId();
        CustomerSummary customer = customerId == null ? null : customers.find(new CustomerId(customerId)).orElse(null);
        model.addAttribute("customer", customer);
        model.addAttribute("services", customer == null ? List.of() : services.ofCustomer(customer.id().value()));
        model.addAttribute("slaState", Sla.state(c, clock.instant(), sla.calendar(), sla.warning()));
        model.addAttribute("nextMilestone", c.nextMilestone());
        model.addAttribute("assignments", chain);
        model.addAttribute("entries", log.findByCaseIdOrderByWrittenAtAscIdAsc(caseId));
        model.addAttribute("actions", actions.findByCaseIdOrderById(caseId));
        model.addAttribute("timeline", audit.of(caseId));
        model.addAttribute("steps", decides ? CaseStep.from(c.getState()) : List.of());
        model.addAttribute("decides", decides);
        model.addAttribute("works", CaseAccess.mayWork(c, viewer, chain));
        model.addAttribute("senior", viewer.isSenior());
        model.addAttribute("me", viewer.staffId());
        model.addAttribute("staffNames", staff.activeNames());
        List<StaffSummary> assignable = assignable(viewer);
        model.addAttribute("assignable", assignable);
        model.addAttribute("assignGroups", byDepartment(assignable, locale));
        model.addAttribute("activeStaff", staff.active());
        model.addAttribute("categories", categories.active(locale));
        model.addAttribute("categoryNames", categories.names(locale));
        model.addAttribute("logKinds", LogEntry.Kind.values());
        model.addAttribute("hows", LogEntry.How.values());
        model.addAttribute("priorities", ir.shenava.cases.Priority.values());
        model.addAttribute("severities", ir.shenava.cases.Severity.values());
        model.addAttribute("slaStates", SlaState.values());
        // policy 5: the root-cause reasons coded at closing, and the active ones to choose from
        model.addAttribute("caseReasons", reasons.of(caseId));
        model.addAttribute("handlingRating", complaints.handlingRating(caseId).orElse(null));
        model.addAttribute("reasonAreas", catalogue.active().stream().collect(Collectors.groupingBy(
                DissatisfactionReason::areaCode, LinkedHashMap::new, Collectors.toList())));
    }

    /**
     * Those the viewer may hand work to: everyone below them in the reporting chain (the CEO:
     * everyone) who does casework — not an administrator's or a caller's account (issue 15 §4).
     */
    private List<StaffSummary> assignable(Actor viewer) {
        return (viewer.isCeo()
                ? staff.active().stream().filter(s -> s.id().value() != viewer.staffId()).toList()
                : staff.activeBelow(new ir.shenava.staff.StaffId(viewer.staffId())))
                .stream().filter(Casework::does).toList();
    }

    /** The people by department name (in the page's language), departments in name order, nobody's department last (key ""). */
    private Map<String, List<StaffSummary>> byDepartment(List<StaffSummary> people, Locale locale) {
        Map<String, String> names = staff.departmentNames(locale);
        Map<String, List<StaffSummary>> groups = new LinkedHashMap<>();
        names.forEach((code, name) -> people.stream().filter(p -> code.equals(p.departmentCode())).forEach(p ->
                groups.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(p)));
        people.stream().filter(p -> p.departmentCode() == null || !names.containsKey(p.departmentCode()))
                .forEach(p -> groups.computeIfAbsent("", n -> new java.util.ArrayList<>()).add(p));
        return groups;
    }

    Map<Long, String> names() {
        return staff.activeNames();
    }
}
