package ir.shenava.cases.web;

import java.io.IOException;
import java.util.Locale;

import ir.shenava.cases.internal.CaseAccess;
import ir.shenava.cases.internal.CaseAssignments;
import ir.shenava.cases.internal.CaseNotFoundException;
import ir.shenava.cases.internal.CaseRepository;
import ir.shenava.cases.internal.CaseRuleException;
import ir.shenava.cases.internal.AssignmentRepository;
import ir.shenava.cases.internal.CorrectiveActions;
import ir.shenava.cases.internal.InvestigationLog;
import ir.shenava.cases.internal.LogEntry;
import ir.shenava.cases.internal.LogEntryRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work inside a case: handing it down and back, the investigation log, corrective actions. */
@Controller
@RequestMapping("/cases/{id}")
@PreAuthorize(CaseActors.STAFF)
class CaseWorkController {

    private final CaseController page;
    private final CaseAssignments assignments;
    private final InvestigationLog log;
    private final CorrectiveActions actions;
    private final CaseActors actors;
    private final CaseRepository cases;
    private final AssignmentRepository chain;
    private final LogEntryRepository entries;

    CaseWorkController(CaseController page, CaseAssignments assignments, InvestigationLog log, CorrectiveActions actions,
                       CaseActors actors, CaseRepository cases, AssignmentRepository chain, LogEntryRepository entries) {
        this.page = page;
        this.assignments = assignments;
        this.log = log;
        this.actions = actions;
        this.actors = actors;
        this.cases = cases;
        this.chain = chain;
        this.entries = entries;
    }

    @PostMapping("/assign")
    String assign(@PathVariable long id, CaseForms.AssignForm assignForm, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        if (assignForm.toStaffId() == null) {
            return page.refused(id, auth, locale, model, assignForm, "case.error.noSuchStaff");
        }
        return run(id, auth, locale, model, flash, assignForm, () -> assignments.assign(id, actors.of(auth),
                assignForm.toStaffId(), assignForm.instructions(), assignForm.followUpOn()));
    }

    @PostMapping("/assignments/{assignmentId}/take-back")
    String takeBack(@PathVariable long id, @PathVariable long assignmentId, Authentication auth, Locale locale, Model model,
                    RedirectAttributes flash) {
        return run(id, auth, locale, model, flash, null, () -> assignments.takeBack(assignmentId, actors.of(auth)));
    }

    @PostMapping("/assignments/{assignmentId}/done")
    String reportDone(@PathVariable long id, @PathVariable long assignmentId, CaseForms.ReportForm reportForm,
                      Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return run(id, auth, locale, model, flash, reportForm,
                () -> assignments.reportDone(assignmentId, actors.of(auth), reportForm.report()));
    }

    @PostMapping("/log")
    String write(@PathVariable long id, CaseForms.LogForm logForm, @RequestParam(required = false) MultipartFile file,
                 Authentication auth, Locale locale, Model model, RedirectAttributes flash) throws IOException {
        InvestigationLog.File upload = file == null || file.isEmpty() ? null
                : new InvestigationLog.File(file.getOriginalFilename(), file.getBytes());
        return run(id, auth, locale, model, flash, logForm, () -> log.write(id, actors.of(auth), new InvestigationLog.Draft(
                logForm.kind(), logForm.partyStaffId(), logForm.how(), logForm.reference(), logForm.summary()), upload));
    }

    @GetMapping("/log/{entryId}/file")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long entryId, Authentication auth) {
        var c = cases.findById(id).filter(x -> CaseAccess.maySee(x, actors.of(auth), chain.findByCaseIdOrderById(id)))
                .orElseThrow(() -> new CaseNotFoundException(id));
        LogEntry e = entries.findById(entryId).filter(x -> x.getCaseId() == c.getId() && x.getFileName() != null)
                .orElseThrow(() -> new CaseNotFoundException(id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(e.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(e.getContent());
    }

    @PostMapping("/actions")
    String addAction(@PathVariable long id, CaseForms.ActionForm actionForm, Authentication auth, Locale locale, Model model,
                     RedirectAttributes flash) {
        if (actionForm.ownerId() == null) {
            return page.refused(id, auth, locale, model, actionForm, "case.error.noSuchStaff");
        }
        return run(id, auth, locale, model, flash, actionForm, () -> actions.add(id, actors.of(auth),
                actionForm.description(), actionForm.ownerId(), actionForm.dueOn()));
    }

    @PostMapping("/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, CaseForms.DoneForm doneForm, Authentication auth,
                      Locale locale, Model model, RedirectAttributes flash) {
        return run(id, auth, locale, model, flash, doneForm, () -> actions.markDone(actionId, actors.of(auth), doneForm.note()));
    }

    @PostMapping("/actions/{actionId}/verify")
    String verify(@PathVariable long id, @PathVariable long actionId, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        return run(id, auth, locale, model, flash, null, () -> actions.verify(actionId, actors.of(auth)));
    }

    private String run(long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash, Record form,
                       Runnable change) {
        try {
            change.run();
        } catch (CaseRuleException e) {
            return page.refused(id, auth, locale, model, form, e.messageKey());
        }
        flash.addFlashAttribute("success", "case.saved");
        return "redirect:/cases/" + id;
    }
}
