package ir.shenava.intake.onsite;

import java.util.List;

import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.Submission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typing in a returned paper form: one transaction registers the ONSITE_FORM complaint (routed to
 * the technical unit manager, with the scan) and marks the serial entered, so a form is entered once.
 * The form's row is locked first: of two people entering the same paper at once, the second waits
 * and is told it was already entered, rather than failing on the complaint's unique submission key.
 */
@Service
public class OnsiteEntry {

    private final ComplaintIntake intake;
    private final OnsiteForms forms;

    OnsiteEntry(ComplaintIntake intake, OnsiteForms forms) {
        this.intake = intake;
        this.forms = forms;
    }

    @Transactional
    public Complaint enter(int serial, Submission typed, ComplaintFile scan) {
        OnsiteForms.Form form = forms.lockForEntry(serial).orElseThrow(() -> new IntakeRuleException("onsite.unknown"));
        if (form.status() == OnsiteForms.Status.ENTERED) {
            throw new IntakeRuleException("onsite.alreadyEntered");
        }
        Submission submission = new Submission(typed.contactName(), typed.organisation(), typed.phone(), typed.email(),
                typed.categoryCode(), typed.serial(), typed.satisfaction(), typed.subject(), typed.description(),
                typed.remedySought(), typed.receivedBy(), OnsiteForms.format(serial), "onsite:" + serial,
                typed.concernedStaffId(), typed.language());
        Complaint complaint = intake.register(Channel.ONSITE_FORM, submission, scan == null ? List.of() : List.of(scan));
        forms.entered(serial, complaint.getId());
        return complaint;
    }
}
