package ir.shenava.intake.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.intake.RefusedAttachments;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintAttachment;
import ir.shenava.intake.internal.ComplaintAttachmentRepository;
import ir.shenava.intake.internal.CategorySnapshot;
import ir.shenava.intake.internal.ComplaintConversation;
import ir.shenava.intake.internal.ComplaintInbox;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.ComplaintVisibility;
import ir.shenava.staff.StaffDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff inbox and a complaint's page. Every signed-in staff member may open them; what each
 * person sees follows {@link ComplaintVisibility} (CEO-page complaints stay with the CEO).
 */
@Controller
@RequestMapping("/complaints")
@PreAuthorize(IntakeAccess.INBOX)
class StaffComplaintController {

    private final ComplaintInbox inbox;
    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final CategorySnapshot categories;
    private final StaffDirectory staff;
    private final CustomerDirectory customers;
    private final ComplaintConversation conversation;
    private final MessageSource messages;
    private final ComplaintFollowUp followUp;
    private final RefusedAttachments refusedAttachments;

    StaffComplaintController(ComplaintInbox inbox, ComplaintRepository complaints, ComplaintAttachmentRepository attachments,
                             CategorySnapshot categories, StaffDirectory staff, CustomerDirectory customers,
                             ComplaintConversation conversation, MessageSource messages, ComplaintFollowUp followUp,
                             RefusedAttachments refusedAttachments) {
        this.followUp = followUp;
        this.refusedAttachments = refusedAttachments;
        this.inbox = inbox;
        this.complaints = complaints;
        this.attachments = attachments;
        this.categories = categories;
        this.staff = staff;
        this.customers = customers;
        this.conversation = conversation;
        this.messages = messages;
    }

    /**
     * A filter that does not parse (a mistyped Jalali date, an unknown status) is shown next to its
     * field with what was typed; the list is drawn with the filters that did parse.
     */
    @GetMapping
    String list(ComplaintInbox.Filter typed, BindingResult typing, @RequestParam(required = false) String after,
                Authentication auth, Locale locale, Model model) {
        ComplaintInbox.Filter filter = onCurrentCustomer(typing.hasErrors() ? InboxFilter.valid(typing) : typed);
        ComplaintInbox.Page page = inbox.page(filter, viewer(auth), after);
        model.addAttribute("filter", filter);
        model.addAttribute("filterErrors", InboxFilter.errors(typing, messages, locale));
        model.addAttribute("typedFilter", InboxFilter.rejected(typing));
        model.addAttribute("filterCustomer", filter.customerId() == null ? null
                : customers.find(new CustomerId(filter.customerId())).map(c -> c.name()).orElse(null));
        model.addAttribute("page", page);
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("statuses", Arrays.asList(ComplaintStatus.values()));
        model.addAttribute("categories", categories.all());   // old complaints' subjects too
        model.addAttribute("categoryNames", categoryNames());
        model.addAttribute("staffNames", staff.names());
        model.addAttribute("owners", staff.active());
        return "intake/inbox";
    }

    /** An old link to a customer merged into another lists the complaints of the one that stays. */
    private ComplaintInbox.Filter onCurrentCustomer(ComplaintInbox.Filter f) {
        Long current = f.customerId() == null ? null
                : customers.current(new CustomerId(f.customerId())).map(CustomerId::value).orElse(f.customerId());
        return Objects.equals(current, f.customerId()) ? f
                : new ComplaintInbox.Filter(f.channel(), f.category(), f.status(), f.ownerId(), current, f.from(), f.to(), f.query());
    }

    /** The htmx fragment on a customer's page: that customer's complaints the viewer may see. */
    @GetMapping("/of-customer")
    String ofCustomer(@RequestParam long customerId, Authentication auth, Model model) {
        ComplaintInbox.Filter filter = new ComplaintInbox.Filter(null, null, null, null, customerId, null, null, null);
        model.addAttribute("page", inbox.page(filter, viewer(auth), null));
        model.addAttribute("customerId", customerId);
        model.addAttribute("categoryNames", categoryNames());
        return "intake/customer-complaints :: complaints";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String view(@PathVariable long id, Authentication auth, Model model) {
        Complaint complaint = visible(id, auth);
        model.addAttribute("complaint", complaint);
        model.addAttribute("customer", complaint.getCustomerId() == null ? null
                : customers.find(new CustomerId(complaint.getCustomerId())).orElse(null));
        model.addAttribute("files", attachments.filesOf(id));
        model.addAttribute("refusedFiles", refusedAttachments.of(id));
        model.addAttribute("messages", conversation.of(id));
        model.addAttribute("duplicateFiles", conversation.duplicateFiles(id));
        model.addAttribute("categoryNames", categoryNames());
        model.addAttribute("staffNames", staff.names());
        model.addAttribute("concernedStaff", complaint.getConcernedStaffId() == null ? null   // may have left since
                : staff.find(new ir.shenava.staff.StaffId(complaint.getConcernedStaffId())).map(s -> s.fullName()).orElse(null));
        model.addAttribute("handlingRating", followUp.handlingRating(id).orElse(null));
        return "intake/complaint";
    }

    @GetMapping("/{id}/files/{fileId}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId, Authentication auth) {
        visible(id, auth);
        ComplaintAttachment file = attachments.findById(fileId).filter(a -> a.getComplaintId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.getContent());
    }

    /** Not visible means not found: the page does not even confirm that a confidential complaint exists. */
    private Complaint visible(long id, Authentication auth) {
        ComplaintVisibility viewer = viewer(auth);
        return complaints.findById(id).filter(c -> viewer.maySee(c, complaints.onDelegationChain(id, viewer.staffId())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Roles as the security context holds them (the same the pages were authorised with). */
    private ComplaintVisibility viewer(Authentication auth) {
        long me = staff.findActiveByUsername(auth.getName()).map(s -> s.id().value()).orElse(-1L);
        return new ComplaintVisibility(me, ir.shenava.staff.Role.fromAuthorities(
                auth.getAuthorities().stream().map(a -> a.getAuthority()).toList()));
    }

    /** In the page's language: the English complaint page showed the Persian subject name. */
    private Map<String, String> categoryNames() {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return categories.namesFa();
        }
        Map<String, String> names = new java.util.LinkedHashMap<>();
        categories.all().forEach(c -> names.put(c.getCode(), c.name(locale)));
        return names;
    }

}
