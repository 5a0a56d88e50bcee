package ir.shenava.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.cases.internal.CaseRepository;
import ir.shenava.cases.internal.ComplaintCase;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Staff and complaints for the cases tests, each with fresh names so tests never share data. */
@Component
public class CaseTestSupport {

    /** A staff member created for one test. */
    public record Person(long id, String username, Role role) {

        public RequestPostProcessor auth() {
            return user(username).roles(role.name());
        }

        public ir.shenava.cases.internal.Actor actor() {
            return new ir.shenava.cases.internal.Actor(id, EnumSet.of(role));
        }
    }

    private final StaffAccounts accounts;
    private final ComplaintIntake intake;
    private final CaseRepository cases;

    CaseTestSupport(StaffAccounts accounts, ComplaintIntake intake, CaseRepository cases) {
        this.accounts = accounts;
        this.intake = intake;
        this.cases = cases;
    }

    public Person person(Role role, Person manager) {
        String username = "c" + UUID.randomUUID().toString().substring(0, 8);
        long id = accounts.create(username, "password-123", new StaffAccounts.Profile("همکار " + username,
                username + "@example.ir", null, null, manager == null ? null : manager.id(), EnumSet.of(role), true)).getId();
        return new Person(id, username, role);
    }

    public Complaint complaint(Channel channel, String subject, String email) {
        return intake.register(channel, new Submission("مریم احمدی", null, PhoneNumber.parse("09121234567"), email, "SALES",
                null, null, subject, "شرح " + subject, "تعویض دستگاه", null, null, UUID.randomUUID().toString()), List.of());
    }

    /** The case opens after the complaint's transaction commits, on another thread: wait for it. */
    public ComplaintCase caseOf(long complaintId) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            var found = cases.findById(complaintId);
            if (found.isPresent() && found.get().getAcknowledgedAt() != null) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no case opened for complaint " + complaintId);
    }

    public ComplaintCase reload(long caseId) {
        return cases.findById(caseId).orElseThrow();
    }
}
