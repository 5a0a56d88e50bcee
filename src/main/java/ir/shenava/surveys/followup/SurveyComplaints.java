package ir.shenava.surveys.followup;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistration;
import ir.shenava.surveys.SurveyAnswer;
import ir.shenava.surveys.SurveySection;
import org.springframework.stereotype.Component;

/**
 * Dissatisfaction is investigated (policy 4): the dissatisfied answers of a survey become SURVEY
 * complaints, one per responsible manager — the sections that route to the same person are put
 * together, so a manager gets one case about one customer's call, not one per question. Each
 * complaint's submission key is the survey and the manager, so a replay returns the same complaint.
 */
@Component
class SurveyComplaints {

    private final SectionManagers managers;
    private final ComplaintRegistration registration;
    private final CustomerDirectory customers;
    private final SurveyResults results;
    private final ComplaintWording wording;

    SurveyComplaints(SectionManagers managers, ComplaintRegistration registration, CustomerDirectory customers,
                     SurveyResults results, ComplaintWording wording) {
        this.managers = managers;
        this.registration = registration;
        this.customers = customers;
        this.results = results;
        this.wording = wording;
    }

    /** One manager's share of the dissatisfaction: the sections that route to them and their answers. */
    record Share(Long ownerId, Set<SurveySection> sections, Long concernedStaffId, List<SurveyAnswer> answers) {
    }

    /** Registers the complaints of a survey's dissatisfied answers; the ids of the complaints, none if all was well. */
    List<Long> register(SurveyResult survey, List<SurveyAnswer> answers) {
        return register(survey, answers, null, managers.of(survey));
    }

    /**
     * As above, naming the contact who answered (null: the customer's first contact), with the managers
     * of the survey's sections as the caller looked them up.
     */
    List<Long> register(SurveyResult survey, List<SurveyAnswer> answers, Long answeredBy,
                        Function<SurveySection, List<SectionManagers.Responsible>> responsible) {
        List<Long> ids = new ArrayList<>();
        List<Share> shares = shares(answers, responsible);
        if (shares.isEmpty()) {
            return ids;
        }
        Optional<CustomerSummary> customer = customers.find(new CustomerId(survey.customerId()));
        Optional<ContactSummary> contact = contact(survey.customerId(), answeredBy);
        String organisation = customer.map(CustomerSummary::name).orElse(null);
        for (Share share : shares) {
            SurveySection first = share.sections().iterator().next();
            long id = registration.register(new ComplaintRegistration.Request(Channel.SURVEY, survey.customerId(),
                    contact.map(c -> c.id().value()).orElse(null),
                    survey.equipmentIds().size() == 1 ? survey.equipmentIds().get(0) : null,
                    contact.map(ContactSummary::fullName).orElse(organisation == null ? "—" : organisation), organisation,
                    contact.map(c -> c.mobile() != null ? c.mobile() : c.landline()).orElse(null),
                    contact.map(ContactSummary::email).orElse(null), SectionManagers.categoryOf(first),
                    share.concernedStaffId(), wording.subject(survey, share.sections()),
                    wording.description(survey, share.answers()),
                    "survey:" + survey.surveyId() + ":" + (share.ownerId() == null ? "none" : share.ownerId())));
            results.linkComplaint(id, survey.surveyId(), share.ownerId(), share.sections());
            ids.add(id);
        }
        return ids;
    }

    /** The contact who answered the call, if still the customer's; else the customer's first contact. */
    private Optional<ContactSummary> contact(long customerId, Long answeredBy) {
        if (answeredBy != null) {
            ContactSummary answered = customers.contacts(List.of(answeredBy)).get(answeredBy);
            if (answered != null && answered.customerId().value() == customerId) {
                return Optional.of(answered);
            }
        }
        return customers.contactsOf(new CustomerId(customerId)).stream().findFirst();
    }

    /** The dissatisfied answers grouped by the manager their section routes to, in the survey's order. */
    List<Share> shares(List<SurveyAnswer> answers, Function<SurveySection, List<SectionManagers.Responsible>> responsible) {
        Map<Long, Share> byOwner = new LinkedHashMap<>();
        for (SurveySection section : SurveySection.values()) {
            List<SurveyAnswer> unhappy = answers.stream().filter(a -> a.section() == section && a.dissatisfied()).toList();
            if (unhappy.isEmpty()) {
                continue;
            }
            for (SectionManagers.Responsible r : responsible.apply(section)) {
                Share share = byOwner.computeIfAbsent(r.ownerId(),
                        o -> new Share(o, EnumSet.noneOf(SurveySection.class), r.concernedStaffId(), new ArrayList<>()));
                if (share.sections().add(section)) {
                    share.answers().addAll(unhappy);
                }
            }
        }
        return List.copyOf(byOwner.values());
    }
}
