package ir.shenava.surveys.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerSummary;
import ir.shenava.shared.InvalidJalaliDateException;
import ir.shenava.shared.JalaliDate;
import ir.shenava.surveys.calls.CallAttempts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRuleException;
import ir.shenava.surveys.calls.CallScheduling;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The callers' queue ({@code /calls}): due and overdue calls first, then agreed call-back times;
 * claiming a call; and the quality manager's part — calls held for a reason, calls made by hand,
 * the backfill of completions since a Jalali date.
 */
@Controller
@RequestMapping("/calls")
class CallQueueController {

    private final CallQueue queue;
    private final KeptQueueViews views;
    private final CallScheduling scheduling;
    private final CallAttempts attempts;
    private final CustomerDirectory customers;
    private final SurveyRoles roles;

    CallQueueController(CallQueue queue, KeptQueueViews views, CallScheduling scheduling, CallAttempts attempts,
                        CustomerDirectory customers, SurveyRoles roles) {
        this.queue = queue;
        this.views = views;
        this.scheduling = scheduling;
        this.attempts = attempts;
        this.customers = customers;
        this.roles = roles;
    }

    @GetMapping
    @PreAuthorize(SurveyRoles.CALLS)
    String queue(@RequestParam(required = false) String after, @RequestParam(required = false) String q,
                 Authentication auth, Locale locale, HttpServletRequest request, CsrfToken csrf, Model model) {
        String typed = q == null ? "" : q.strip();
        List<Long> customerIds = typed.isEmpty() ? List.of() : customersMatching(typed);
        model.addAttribute("q", typed);
        boolean quality = SurveyRoles.isQualityManager(auth);
        model.addAttribute("quality", quality);
        model.addAttribute("countCap", QueueView.COUNT_CAP);
        model.addAttribute("nextPage", null);
        model.addAttribute("paged", false);
        if (!typed.isEmpty() && customerIds.isEmpty()) {   // nobody has that code or number: nothing to list
            model.addAttribute("due", QueueTable.empty("due"));
            model.addAttribute("callBacks", QueueTable.empty("callback"));
            model.addAttribute("attention", QueueTable.empty("attention"));
            model.addAttribute("dueCount", 0L);
            return "surveys/calls";
        }
        CallQueue.Cursor cursor = CallQueue.Cursor.parse(after).orElse(null);
        KeptQueueViews.Page page = views.page(cursor, customerIds, quality, locale, request.getContextPath() + "/calls", csrf);
        model.addAttribute("due", page.due());
        model.addAttribute("callBacks", page.callBacks());
        model.addAttribute("attention", page.attention());
        model.addAttribute("nextPage", page.nextPage());
        model.addAttribute("paged", cursor != null);
        model.addAttribute("dueCount", page.dueCount());
        return "surveys/calls";
    }

    /** A customer's code, or a phone number of one of their contacts (the customer calls back). */
    private List<Long> customersMatching(String typed) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        customers.findByCode(typed).ifPresent(c -> ids.add(c.id().value()));
        customers.contactsByPhone(typed).forEach(c -> ids.add(c.customerId().value()));
        return List.copyOf(ids);
    }

    @PostMapping("/next")
    @PreAuthorize(SurveyRoles.CALLS)
    String next(Authentication auth, RedirectAttributes redirect) {
        return queue.claimNext(roles.me(auth)).map(c -> "redirect:/calls/" + c.id()).orElseGet(() -> {
            redirect.addFlashAttribute("error", "calls.none");
            return "redirect:/calls";
        });
    }

    @PostMapping("/{id}/claim")
    @PreAuthorize(SurveyRoles.CALLS)
    String claim(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        if (queue.claim(id, roles.me(auth)).isEmpty()) {
            redirect.addFlashAttribute("error", "call.taken");
            return "redirect:/calls";
        }
        return "redirect:/calls/" + id;
    }

    @PostMapping("/{id}/release")
    @PreAuthorize(SurveyRoles.CALLS)
    String release(@PathVariable long id, Authentication auth) {
        queue.release(id, roles.me(auth));
        return "redirect:/calls";
    }

    @PostMapping("/{id}/recheck")
    @PreAuthorize(SurveyRoles.QUALITY)
    String recheck(@PathVariable long id, RedirectAttributes redirect) {
        known(id);
        redirect.addFlashAttribute("success", scheduling.recheck(id).messageKey());
        return "redirect:/calls";
    }

    @PostMapping("/{id}/end")
    @PreAuthorize(SurveyRoles.QUALITY)
    String end(@PathVariable long id, RedirectAttributes redirect) {
        known(id);
        try {
            redirect.addFlashAttribute("success", attempts.endByQualityManager(id).messageKey());
        } catch (CallRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/calls";
    }

    /** A call that does not exist (or no longer does) is a 404 page, never a failure. */
    private void known(long id) {
        if (queue.find(id).isEmpty()) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
    }

    /** A call made by hand: find the customer by code, tick the units. */
    @GetMapping("/new")
    @PreAuthorize(SurveyRoles.QUALITY)
    String newCall(@RequestParam(required = false) String customerCode, Model model) {
        model.addAttribute("customerCode", customerCode);
        if (customerCode != null && !customerCode.isBlank()) {
            customers.findByCode(customerCode).ifPresentOrElse(c -> {
                model.addAttribute("customer", c);
                model.addAttribute("units", customers.equipmentOf(c.id()));
            }, () -> model.addAttribute("notFound", true));
        }
        return "surveys/call-new";
    }

    @PostMapping("/new")
    @PreAuthorize(SurveyRoles.QUALITY)
    String create(@RequestParam String customerCode, @RequestParam(required = false) List<Long> equipmentIds,
                  @RequestParam(required = false) String note, Authentication auth, Model model, RedirectAttributes redirect) {
        CustomerSummary customer = customers.findByCode(customerCode).orElse(null);
        if (customer == null || equipmentIds == null || equipmentIds.isEmpty()) {
            model.addAttribute("problem", customer == null ? "call.new.customerNotFound" : "call.new.noUnits");
            return newCall(customerCode, model);
        }
        try {
            long id = scheduling.createByHand(customer.id().value(), equipmentIds, note, auth.getName());
            redirect.addFlashAttribute("success", "call.new.created");
            return "redirect:/calls/" + id;
        } catch (IllegalArgumentException e) {
            model.addAttribute("problem", "call.new.noUnits");
            return newCall(customerCode, model);
        }
    }

    /** Completions since a Jalali date without a call: how many first, then schedule them. */
    @GetMapping("/backfill")
    @PreAuthorize(SurveyRoles.QUALITY)
    String backfill(@RequestParam(required = false) String since, Model model) {
        model.addAttribute("since", since);
        if (since != null && !since.isBlank()) {
            try {
                LocalDate day = JalaliDate.parse(since).toGregorian();
                model.addAttribute("sinceDay", day);
                model.addAttribute("count", scheduling.unscheduledSince(day).size());
            } catch (InvalidJalaliDateException e) {
                model.addAttribute("problem", "date.invalid");
            }
        }
        return "surveys/backfill";
    }

    @PostMapping("/backfill")
    @PreAuthorize(SurveyRoles.QUALITY)
    String runBackfill(@RequestParam String since, Authentication auth, Model model, RedirectAttributes redirect) {
        try {
            int n = scheduling.backfill(JalaliDate.parse(since).toGregorian(), auth.getName());
            redirect.addFlashAttribute("success", "calls.backfill.done");
            redirect.addFlashAttribute("backfilled", n);
            return "redirect:/calls";
        } catch (InvalidJalaliDateException e) {
            model.addAttribute("problem", "date.invalid");
            return backfill(since, model);
        }
    }
}
