package ir.shenava.surveys.followup.web;

import java.util.Set;

import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.surveys.followup.SurveyResult;
import ir.shenava.surveys.followup.SurveyReviews;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read a completed survey (issue 12 §6): the managers of its sections (its reviewers), the
 * quality manager and the CEO; the caller who recorded it sees its answers and nothing more. Experts
 * never; anyone else is told it does not exist.
 */
@Component
class SurveyReaders {

    /** The roles that may open a survey page or the review list at all; each survey is then checked. */
    static final String MAY_READ = "hasAnyRole('CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER','CALLER','QUALITY_MANAGER')";
    static final String MAY_REVIEW = "hasAnyRole('CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER','QUALITY_MANAGER')";

    /** The signed-in person as these pages see them. */
    record Reader(long staffId, Set<Role> roles) {

        /** Quality managers and the CEO see every survey. */
        boolean seesEverySurvey() {
            return roles.contains(Role.QUALITY_MANAGER) || roles.contains(Role.CEO);
        }
    }

    private final StaffDirectory staff;
    private final SurveyReviews reviews;

    SurveyReaders(StaffDirectory staff, SurveyReviews reviews) {
        this.staff = staff;
        this.reviews = reviews;
    }

    Reader of(Authentication auth) {
        long me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(-1L);
        return new Reader(me, Role.fromAuthorities(auth.getAuthorities().stream().map(a -> a.getAuthority()).toList()));
    }

    /** Whether the reader sees the whole survey: reviews, complaints, and may mark it reviewed. */
    boolean reviews(Reader reader, SurveyResult survey) {
        return reader.seesEverySurvey() || reviews.isReviewer(survey.surveyId(), reader.staffId());
    }

    /** Whether the reader sees the survey's answers at all. */
    boolean reads(Reader reader, SurveyResult survey) {
        return reviews(reader, survey)
                || reader.roles().contains(Role.CALLER) && survey.callerId() != null && survey.callerId() == reader.staffId();
    }
}
