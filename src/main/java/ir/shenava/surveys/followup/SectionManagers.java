package ir.shenava.surveys.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintRegistration;
import ir.shenava.staff.StaffId;
import ir.shenava.surveys.SurveySection;
import org.springframework.stereotype.Component;

/**
 * Who answers for each section of a survey: the person the routing rules name for a SURVEY
 * complaint of that section's category — the same person a complaint about it would go to, so the
 * review list and the complaints never disagree. Staff behaviour is about the people the customer
 * met (installers and sellers): the head of each one's department answers for it.
 */
@Component
class SectionManagers {

    /**
     * One manager answering for a section.
     *
     * @param ownerId          null when nobody holds the role the rules name
     * @param concernedStaffId the staff member a staff-behaviour section is about, else null
     */
    record Responsible(SurveySection section, Long ownerId, Long concernedStaffId) {
    }

    private final ComplaintRegistration registration;

    SectionManagers(ComplaintRegistration registration) {
        this.registration = registration;
    }

    /** The complaint category a section's dissatisfaction is filed under. */
    static String categoryOf(SurveySection section) {
        return switch (section) {
            case STAFF_BEHAVIOUR -> "STAFF_BEHAVIOUR";
            case SALES -> "SALES";
            case INSTALLATION_TRAINING -> "INSTALLATION";
            case AFTER_SALES -> "AFTER_SALES";
            case OVERALL -> "OTHER";
        };
    }

    /**
     * The managers of a survey's sections, each section looked up once however often it is asked for
     * (the review list and the complaints ask for the same sections).
     */
    Function<SurveySection, List<Responsible>> of(SurveyResult survey) {
        Map<SurveySection, List<Responsible>> known = new EnumMap<>(SurveySection.class);
        return section -> known.computeIfAbsent(section, s -> of(s, survey));
    }

    /** The managers of one section, one per distinct person (several only for staff behaviour). */
    List<Responsible> of(SurveySection section, SurveyResult survey) {
        String category = categoryOf(section);
        if (section != SurveySection.STAFF_BEHAVIOUR) {
            return List.of(new Responsible(section, owner(category, null), null));
        }
        TreeSet<Long> people = new TreeSet<>(survey.installerIds());
        people.addAll(survey.sellerIds());
        Map<Long, Responsible> byOwner = new LinkedHashMap<>();
        for (Long person : people) {
            Long owner = owner(category, person);
            byOwner.putIfAbsent(owner, new Responsible(section, owner, person));
        }
        return byOwner.isEmpty() ? List.of(new Responsible(section, owner(category, null), null))
                : new ArrayList<>(byOwner.values());
    }

    private Long owner(String category, Long concerned) {
        Optional<StaffId> owner = registration.ownerFor(Channel.SURVEY, category, concerned);
        return owner.map(StaffId::value).orElse(null);
    }
}
