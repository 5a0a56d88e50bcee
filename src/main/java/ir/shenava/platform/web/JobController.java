package ir.shenava.platform.web;

import java.security.Principal;
import java.util.UUID;

import ir.shenava.platform.BackgroundWork;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A background job's page: a progress bar that htmx refreshes every second, then the result. Its owner's only. */
@Controller
@PreAuthorize("isAuthenticated()")
class JobController {

    private final BackgroundWork work;

    JobController(BackgroundWork work) {
        this.work = work;
    }

    @GetMapping("/jobs/{id}")
    String job(@PathVariable UUID id, Principal user, Model model) {
        model.addAttribute("job", find(id, user));
        return "jobs/job";
    }

    /** The part that htmx polls while the job runs. */
    @GetMapping("/jobs/{id}/progress")
    String progress(@PathVariable UUID id, Principal user, Model model) {
        model.addAttribute("job", find(id, user));
        return "jobs/job :: progress";
    }

    private BackgroundWork.Job find(UUID id, Principal user) {
        return work.find(id, user.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
