package ir.shenava.platform.database;

import java.nio.file.Path;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's backup page: the backups in the backup folder (download), a backup now, and
 * a restore of one of them — which replaces all data, so it asks for a typed phrase first. Both
 * run in the background; the page polls their progress.
 */
@Controller
@RequestMapping("/backups")
@PreAuthorize("hasRole('ADMIN')")
class BackupController {

    private final BackupJobs jobs;
    private final MessageSource messages;

    BackupController(BackupJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("files", jobs.files());
        model.addAttribute("status", jobs.status().orElse(null));
        return "platform/backups";
    }

    @GetMapping("/status")
    String status(Model model) {
        model.addAttribute("status", jobs.status().orElse(null));
        return "platform/backups :: status";
    }

    @PostMapping
    String backup(RedirectAttributes redirect) {
        if (!jobs.startBackup()) {
            redirect.addFlashAttribute("error", "backup.busy");
        }
        return "redirect:/backups";
    }

    @PostMapping("/restore")
    String restore(@RequestParam(required = false) String name, @RequestParam(required = false) String confirmation,
                   Model model, RedirectAttributes redirect) {
        String phrase = messages.getMessage("backup.restore.phrase", null, LocaleContextHolder.getLocale());
        if (jobs.file(name).isEmpty()) {
            return again(model, name, "backup.restore.noFile");
        }
        if (confirmation == null || !squash(confirmation).equals(squash(phrase))) {
            return again(model, name, "backup.restore.confirmation.wrong");
        }
        try {
            if (!jobs.startRestore(name)) {
                redirect.addFlashAttribute("error", "backup.busy");
            }
        } catch (BackupException e) {
            return again(model, name, "backup.restore.otherVersion");
        }
        return "redirect:/backups";
    }

    @GetMapping("/files/{name}")
    ResponseEntity<FileSystemResource> download(@PathVariable String name) {
        return jobs.file(name).map(BackupController::attachment).orElse(ResponseEntity.notFound().build());
    }

    /** Typed on any keyboard: spaces and half-spaces do not count, Arabic ي and ك are the Persian letters. */
    static String squash(String text) {
        return text.replaceAll("[\\s\u200c\u200f\u200e]", "").replace('ي', 'ی').replace('ك', 'ک').toLowerCase(java.util.Locale.ROOT);
    }

    private String again(Model model, String name, String error) {
        model.addAttribute("restoreError", error);
        model.addAttribute("chosen", name);
        return page(model);
    }

    private static ResponseEntity<FileSystemResource> attachment(Path file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }
}
