package ir.shenava.customers.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import ir.shenava.customers.importing.CustomerImport;
import ir.shenava.customers.importing.CustomerWorkbook;
import ir.shenava.customers.importing.ImportFileException;
import ir.shenava.customers.importing.ImportKind;
import ir.shenava.customers.importing.ImportMode;
import ir.shenava.customers.importing.ImportOutcome;
import ir.shenava.customers.importing.ImportPreview;
import ir.shenava.customers.importing.ImportRow;
import ir.shenava.customers.importing.ImportRefusedException;
import ir.shenava.customers.importing.TableReader;
import ir.shenava.customers.internal.CustomerRuleException;
import ir.shenava.platform.BackgroundWork;
import ir.shenava.platform.PreviewPages;
import ir.shenava.shared.JalaliDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk import (upload → preview → confirm) and the Excel export of customers, contacts and equipment. */
@Controller
@RequestMapping("/customers")
class ImportExportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CustomerImport imports;
    private final CustomerWorkbook workbook;
    private final BackgroundWork work;
    private final Clock clock;

    ImportExportController(CustomerImport imports, CustomerWorkbook workbook, BackgroundWork work, Clock clock) {
        this.imports = imports;
        this.work = work;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** What the confirm buttons post; the checkbox is absent from the request when unticked. */
    record ConfirmForm(ImportMode mode, Boolean skipErrors) {
        boolean acknowledged() {
            return Boolean.TRUE.equals(skipErrors);
        }
    }

    @GetMapping("/import")
    @PreAuthorize(CustomerAccess.BULK)
    String importPage(Model model) {
        return page(model, ImportKind.CUSTOMERS, null);
    }

    @PostMapping("/import")
    @PreAuthorize(CustomerAccess.BULK)
    String upload(@RequestParam(defaultValue = "CUSTOMERS") ImportKind kind,
                  @RequestParam(required = false) MultipartFile file, Principal user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, kind, new ImportFileException("import.file.missing"));
        }
        if (file.getSize() > TableReader.MAX_BYTES) {
            // checked before reading the bytes into memory
            return page(model, kind, new ImportFileException("import.file.tooLarge"));
        }
        try {
            UUID id = imports.upload(kind, file.getOriginalFilename(), file.getBytes(), user.getName());
            return "redirect:/customers/import/" + id;
        } catch (ImportFileException e) {
            return page(model, kind, e);
        }
    }

    @GetMapping("/import/template")
    @PreAuthorize(CustomerAccess.BULK)
    ResponseEntity<byte[]> template(@RequestParam ImportKind kind) {
        return xlsx("shenava-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-template.xlsx",
                workbook.template(kind));
    }

    @GetMapping("/import/{id}")
    @PreAuthorize(CustomerAccess.BULK)
    String preview(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Principal user, Model model) {
        ImportPreview preview = imports.preview(id, user.getName()).orElseThrow(ImportExportController::notFound);
        model.addAttribute("preview", preview);
        model.addAttribute("page", PreviewPages.errorsFirst(preview.rows(), ImportRow::valid, page));
        return "customers/import-preview";
    }

    @PostMapping("/import/{id}/confirm")
    @PreAuthorize(CustomerAccess.BULK)
    String confirm(@PathVariable UUID id, @ModelAttribute ConfirmForm form, Principal user,
                   RedirectAttributes redirect) {
        ImportMode mode = form.mode() == null ? ImportMode.ALL : form.mode();
        String username = user.getName();
        try {
            if (!imports.check(id, username, mode, form.acknowledged())) {
                throw notFound();
            }
        } catch (ImportRefusedException e) {
            redirect.addFlashAttribute("refused", e.messageKey());
            return "redirect:/customers/import/" + id;
        }
        int rows = imports.preview(id, username).map(p -> (int) p.validCount()).orElse(0);
        // thousands of rows take half a minute: written in the background, with a progress bar
        UUID job = work.start(username, "import.job.title", "/customers/import/" + id, rows, progress -> {
            try {
                ImportOutcome outcome = imports.confirm(id, username, mode, form.acknowledged(), progress::done)
                        .orElseThrow(() -> new BackgroundWork.Failure("import.confirm.gone"));
                return new BackgroundWork.Result("import.job.done." + outcome.kind().name(),
                        List.of(String.valueOf(outcome.created()), String.valueOf(outcome.updated())), "/customers");
            } catch (ImportRefusedException e) {
                throw new BackgroundWork.Failure(e.messageKey());
            } catch (CustomerRuleException e) {
                // the transaction was rolled back: nothing of this file is in the database
                throw new BackgroundWork.Failure("import.confirm.failed");
            }
        });
        return "redirect:/jobs/" + job;
    }

    @GetMapping("/export")
    @PreAuthorize(CustomerAccess.BULK)
    ResponseEntity<byte[]> export() {
        // named with the Jalali day, as the people who file it count days: shenava-customers-1405-09-12.xlsx
        String day = JalaliDate.ofInstant(clock.instant()).toNumericString().replace('/', '-');
        return xlsx("shenava-customers-" + day + ".xlsx", workbook.export());
    }

    private String page(Model model, ImportKind kind, ImportFileException error) {
        model.addAttribute("kinds", Arrays.asList(ImportKind.values()));
        model.addAttribute("kind", kind);
        model.addAttribute("maxMegabytes", TableReader.MAX_BYTES / (1024 * 1024));
        if (error != null) {
            model.addAttribute("fileError", error.messageKey());
            model.addAttribute("fileErrorArgs", error.args());
        }
        return "customers/import";
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(XLSX)
                .body(content);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
