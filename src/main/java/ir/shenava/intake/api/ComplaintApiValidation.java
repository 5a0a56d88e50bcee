package ir.shenava.intake.api;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintLanguage;
import ir.shenava.intake.SatisfactionLevel;
import ir.shenava.intake.internal.CategorySnapshot;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.StaffDirectory;
import org.springframework.security.core.Authentication;

/**
 * The rules of the public form ({@code /complaint}) applied to a JSON body. Every problem is collected,
 * not only the first, so the website can mark all wrong fields at once.
 */
final class ComplaintApiValidation {

    static final int IDEMPOTENCY_KEY_MAX = 50;   // "api:<prefix>:" + key fits complaint.submission_key (64)
    static final int CONCERNED_STAFF_NAME_MAX = 150;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CategorySnapshot categories;
    private final StaffDirectory staff;

    ComplaintApiValidation(CategorySnapshot categories, StaffDirectory staff) {
        this.categories = categories;
        this.staff = staff;
    }

    /** "api:<key prefix>:<key>", so that the keys of two clients never meet. */
    static String submissionKey(String inBody, String inHeader, Authentication caller,
                                List<InvalidComplaintException.FieldProblem> problems) {
        String body = blankToNull(inBody);
        String header = blankToNull(inHeader);
        if (body != null && header != null && !body.equals(header)) {
            problems.add(new InvalidComplaintException.FieldProblem("idempotencyKey", "complaintApi.idempotencyKey.conflict"));
            return null;
        }
        String key = body != null ? body : header;
        if (key == null) {
            return null;
        }
        if (key.length() > IDEMPOTENCY_KEY_MAX) {
            problems.add(new InvalidComplaintException.FieldProblem("idempotencyKey", "complaintApi.field.tooLong",
                    IDEMPOTENCY_KEY_MAX));
            return null;
        }
        return caller.getName() + ":" + key;   // the principal's name is "api:<key prefix>"
    }

    static Channel channel(String typed, List<InvalidComplaintException.FieldProblem> problems) {
        String value = blankToNull(typed);
        if (value == null) {
            return Channel.WEB_FORM;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "WEB_FORM" -> Channel.WEB_FORM;
            case "CEO_PAGE" -> Channel.CEO_PAGE;
            default -> {
                problems.add(new InvalidComplaintException.FieldProblem("channel", "complaintApi.channel.invalid"));
                yield Channel.WEB_FORM;
            }
        };
    }

    /** The rules of the public form; every problem is collected, not only the first. */
    Submission check(ComplaintApiRequest b, String submissionKey,
                     List<InvalidComplaintException.FieldProblem> problems) {
        required("contactName", b.contactName(), 150, problems);
        optional("organisation", b.organisation(), 200, problems);
        String phoneText = blankToNull(b.phone());
        String email = blankToNull(b.email());
        PhoneNumber phone = null;
        if (phoneText != null) {
            if (phoneText.length() > 30) {
                problems.add(new InvalidComplaintException.FieldProblem("phone", "complaintApi.phone.invalid"));
            } else {
                phone = PhoneNumber.tryParse(phoneText).orElse(null);
                if (phone == null) {
                    problems.add(new InvalidComplaintException.FieldProblem("phone", "complaintApi.phone.invalid"));
                }
            }
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new InvalidComplaintException.FieldProblem("email", "complaintApi.email.invalid"));
        }
        if (phoneText == null && email == null) {
            problems.add(new InvalidComplaintException.FieldProblem("phone", "complaintApi.contact.required"));
        }
        String category = blankToNull(b.category());
        if (category != null) {
            String code = category.toUpperCase(Locale.ROOT);
            if (!categories.isActive(code)) {
                problems.add(new InvalidComplaintException.FieldProblem("category", "complaintApi.category.unknown",
                        category.length() > 40 ? category.substring(0, 40) + "…" : category));
            }
            category = code;
        }
        optional("serial", b.serial(), 80, problems);
        if (b.satisfaction() != null && SatisfactionLevel.of(b.satisfaction()) == null) {
            problems.add(new InvalidComplaintException.FieldProblem("satisfaction", "complaintApi.satisfaction.range"));
        }
        required("subject", b.subject(), 200, problems);
        required("description", b.description(), 10000, problems);
        optional("remedySought", b.remedySought(), 5000, problems);
        optional("concernedStaffName", b.concernedStaffName(), CONCERNED_STAFF_NAME_MAX, problems);
        ComplaintLanguage language = language(b.language(), problems);
        // looked up only for a complaint that will be registered, as on the public form
        Long concernedStaffId = problems.isEmpty() ? concernedStaff(b.concernedStaffName()) : null;
        return new Submission(b.contactName(), b.organisation(), phone, email, category, blankToNull(b.serial()),
                SatisfactionLevel.of(b.satisfaction()), b.subject(), b.description(), blankToNull(b.remedySought()),
                null, null, submissionKey, concernedStaffId, language);
    }

    /** fa or en, Persian when not given; anything else is refused (never guessed), so the website learns its mistake. */
    static ComplaintLanguage language(String typed, List<InvalidComplaintException.FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return ComplaintLanguage.FA;
        }
        return ComplaintLanguage.parse(typed).orElseGet(() -> {
            problems.add(new InvalidComplaintException.FieldProblem("language", "complaintApi.language.invalid"));
            return ComplaintLanguage.FA;
        });
    }

    /**
     * The typed name's person, or null when it fits nobody or several people: as on the public form, an
     * unmatched name is no error (the complainant may not know the exact name), the complaint is then
     * routed by its channel and category.
     */
    private Long concernedStaff(String typedName) {
        String name = blankToNull(typedName);
        return name == null ? null : staff.activeByName(name).map(s -> s.id().value()).orElse(null);
    }

    private static void required(String field, String value, int max,
                                 List<InvalidComplaintException.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidComplaintException.FieldProblem(field, "complaintApi.field.required"));
        } else {
            optional(field, value, max, problems);
        }
    }

    private static void optional(String field, String value, int max,
                                 List<InvalidComplaintException.FieldProblem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new InvalidComplaintException.FieldProblem(field, "complaintApi.field.tooLong", max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
