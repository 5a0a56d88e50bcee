package ir.shenava.servicerecords.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import ir.shenava.platform.BackgroundWork;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.importing.ServiceColumn;
import ir.shenava.servicerecords.importing.ServiceImport;
import ir.shenava.servicerecords.importing.ServiceImportException;
import ir.shenava.servicerecords.importing.ServiceImportMode;
import ir.shenava.servicerecords.importing.ServiceImportTemplate;
import ir.shenava.servicerecords.internal.ExternalRecords;
import ir.shenava.servicerecords.internal.ServiceRuleException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk import of services from the accounting/ERP export: upload → preview → confirm. */
@Controller
@RequestMapping("/service-records/import")
@PreAuthorize(ServiceAccess.IMPORT)
class ServiceImportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ServiceImport imports;
    private final BackgroundWork work;

    ServiceImportController(ServiceImport imports, BackgroundWork work) {
        this.imports = imports;
        this.work = work;
    }

    /** A type and the Persian name a file may use for it (shown as help on the upload page). */
    record TypeName(ServiceType type, String persian) {
    }

    @GetMapping
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Principal user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, new ServiceImportException("serviceImport.file.missing"));
        }
        if (file.getSize() > ServiceImport.maxBytes()) {
            // checked before the bytes are read into memory
            return page(model, new ServiceImportException("serviceImport.file.tooLarge"));
        }
        try {
            return "redirect:/service-records/import/" + imports.upload(file.getOriginalFilename(), file.getBytes(),
                    user.getName());
        } catch (ServiceImportException e) {
            return page(model, e);
        }
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("shenava-service-records-template.xlsx").build().toString())
                .contentType(XLSX)
                .body(ServiceImportTemplate.workbook());
    }

    @GetMapping("/{id}")
    String preview(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Principal user, Model model) {
        var preview = imports.preview(id, user.getName()).orElseThrow(ServiceImportController::notFound);
        model.addAttribute("preview", preview);
        model.addAttribute("page", ir.shenava.platform.PreviewPages.errorsFirst(preview.rows(),
                ir.shenava.servicerecords.importing.ServiceImportRow::valid, page));
        return "servicerecords/import-preview";
    }

    /**
     * The quick checks answer on the preview page at once; the writing goes on in the background
     * (a few thousand rows take long), with a progress bar and its result on {@code /jobs/{id}}.
     */
    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) ServiceImportMode mode,
                   @RequestParam(defaultValue = "false") boolean skipErrors, Principal user, RedirectAttributes redirect) {
        ServiceImportMode chosen = mode == null ? ServiceImportMode.ALL : mode;
        String username = user.getName();
        try {
            if (!imports.check(id, username, chosen, skipErrors)) {
                throw notFound();
            }
        } catch (ServiceImportException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/service-records/import/" + id;
        }
        int rows = imports.preview(id, username).map(p -> (int) p.validCount()).orElse(0);
        UUID job = work.start(username, "serviceImport.job.title", "/service-records/import/" + id, rows, progress -> {
            try {
                int written = imports.confirm(id, username, chosen, skipErrors, progress::done)
                        .orElseThrow(() -> new BackgroundWork.Failure("serviceImport.confirm.gone"));
                return new BackgroundWork.Result("serviceImport.job.done", List.of(String.valueOf(written)), "/service-records");
            } catch (ServiceImportException e) {
                throw new BackgroundWork.Failure(e.messageKey());
            } catch (ServiceRuleException | DataIntegrityViolationException e) {
                // the transaction was rolled back: nothing of this file is in the database
                throw new BackgroundWork.Failure("serviceImport.confirm.failed");
            }
        });
        return "redirect:/jobs/" + job;
    }

    private String page(Model model, ServiceImportException error) {
        model.addAttribute("columns", List.of(ServiceColumn.values()));
        model.addAttribute("types", java.util.Arrays.stream(ServiceType.values())
                .map(t -> new TypeName(t, ExternalRecords.persianName(t))).toList());
        model.addAttribute("maxMegabytes", ServiceImport.maxBytes() / (1024 * 1024));
        if (error != null) {
            model.addAttribute("fileError", error.messageKey());
            model.addAttribute("fileErrorArgs", error.args());
        }
        return "servicerecords/import";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
