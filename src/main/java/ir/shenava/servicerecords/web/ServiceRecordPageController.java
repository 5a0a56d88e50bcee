package ir.shenava.servicerecords.web;

import java.io.IOException;
import java.util.List;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.servicerecords.internal.AttachmentInfo;
import ir.shenava.servicerecords.internal.ServiceAttachment;
import ir.shenava.servicerecords.internal.ServiceAttachmentRepository;
import ir.shenava.servicerecords.internal.ServiceConfirmationRepository;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.servicerecords.internal.ServiceRuleException;
import ir.shenava.servicerecords.internal.UploadedFile;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One service's page: details, documents, the confirmation form and its checklist. */
@Controller
@RequestMapping("/service-records")
class ServiceRecordPageController {

    private final ServiceRecordRepository records;
    private final ServiceAttachmentRepository attachments;
    private final ServiceConfirmationRepository confirmations;
    private final ServiceRecords services;
    private final CustomerDirectory customers;
    private final ServicePages pages;

    ServiceRecordPageController(ServiceRecordRepository records, ServiceAttachmentRepository attachments,
                                ServiceConfirmationRepository confirmations, ServiceRecords services,
                                CustomerDirectory customers, ServicePages pages) {
        this.records = records;
        this.attachments = attachments;
        this.confirmations = confirmations;
        this.services = services;
        this.customers = customers;
        this.pages = pages;
    }

    @GetMapping("/{id}")
    @PreAuthorize(ServiceAccess.VIEW)
    String view(@PathVariable long id, Authentication auth, Model model) {
        ServiceRecord record = find(id);
        boolean scans = pages.maySeeScans(auth, record);
        model.addAttribute("record", record);
        model.addAttribute("customer", customers.find(new CustomerId(record.getCustomerId())).orElse(null));
        model.addAttribute("site", record.getSiteId() == null ? null : customers.sitesOf(new CustomerId(record.getCustomerId()))
                .stream().filter(s -> s.id() == record.getSiteId()).findFirst().orElse(null));
        model.addAttribute("maySeeScans", scans);
        List<AttachmentInfo> files = scans ? attachments.listFor(id) : List.of();
        model.addAttribute("documents", files.stream().filter(a -> a.kind() == ServiceAttachment.Kind.DOCUMENT).toList());
        model.addAttribute("confirmation", confirmations.findById(id).orElse(null));
        pages.addNames(model, List.of(record));
        return "servicerecords/view";
    }

    @PostMapping("/{id}/attachments")
    @PreAuthorize(ServiceAccess.EDIT)
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Authentication auth,
                  RedirectAttributes redirect) throws IOException {
        try {
            services.attach(id, UploadedFile.check(file.getOriginalFilename(), file.getBytes()), auth.getName());
            redirect.addFlashAttribute("success", "attachment.saved");
        } catch (ServiceRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/service-records/" + id;
    }

    @PostMapping("/{id}/confirmation")
    @PreAuthorize(ServiceAccess.EDIT)
    String confirm(@PathVariable long id, @RequestParam(name = "scan", required = false) MultipartFile scan,
                   @RequestParam(defaultValue = "false") boolean filled, @RequestParam(defaultValue = "false") boolean stamped,
                   @RequestParam(defaultValue = "false") boolean signed,
                   @RequestParam(defaultValue = "false") boolean consistent,
                   Authentication auth, RedirectAttributes redirect) throws IOException {
        try {
            UploadedFile file = scan == null || scan.isEmpty() ? null : UploadedFile.check(scan.getOriginalFilename(), scan.getBytes());
            services.confirm(id, file, filled, stamped, signed, consistent, auth.getName());
            redirect.addFlashAttribute("success", "confirmation.saved");
        } catch (ServiceRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/service-records/" + id;
    }

    /** A document or scan, shown inline; only to those who may see the record's scans. */
    @GetMapping("/attachments/{attachmentId}")
    @PreAuthorize(ServiceAccess.VIEW)
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> download(@PathVariable long attachmentId, Authentication auth) {
        ServiceAttachment file = attachments.findById(attachmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!pages.maySeeScans(auth, find(file.getRecordId()))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.getContent());
    }

    private ServiceRecord find(long id) {
        return records.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
