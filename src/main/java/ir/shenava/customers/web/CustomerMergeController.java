package ir.shenava.customers.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ir.shenava.customers.internal.CustomerListing;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRuleException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Merging an unverified customer into the customer staff recognise it as: find the other customer,
 * see what will move, confirm. A broken rule (a verified customer, itself, a customer gone meanwhile)
 * comes back as a message on the customer's page.
 */
@Controller
@RequestMapping("/customers/{id}/merge")
@PreAuthorize(CustomerAccess.EDIT)
class CustomerMergeController {

    /** Enough to choose from; a longer list means the search should say more. */
    private static final int MAX_MATCHES = 20;

    private final CustomerMerges merges;
    private final CustomerListing listing;

    CustomerMergeController(CustomerMerges merges, CustomerListing listing) {
        this.merges = merges;
        this.listing = listing;
    }

    /** The search for the customer to merge into: every match but the customer itself. */
    @GetMapping
    String search(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("customer", merges.mergeable(id));
        List<CustomerListing.Row> matches = q == null || q.isBlank() ? List.of()
                : listing.page(q, 0).getContent().stream().filter(r -> r.id() != id).limit(MAX_MATCHES).toList();
        model.addAttribute("q", q);
        model.addAttribute("matches", matches);
        return "customers/merge";
    }

    /** What will move, and the button that does it. */
    @GetMapping("/{into}")
    String confirm(@PathVariable long id, @PathVariable long into, Model model) {
        model.addAttribute("preview", merges.preview(id, into));
        return "customers/merge-confirm";
    }

    @PostMapping("/{into}")
    String merge(@PathVariable long id, @PathVariable long into, Authentication auth, RedirectAttributes redirect) {
        merges.merge(id, into, auth.getName());
        redirect.addFlashAttribute("success", "customer.merged");
        return "redirect:/customers/" + into;
    }

    /**
     * Back to the customer's page with the rule in Persian — or, when the customer was merged
     * meanwhile (a second click, a colleague), to the customer it went into.
     */
    @ExceptionHandler(CustomerRuleException.class)
    String refused(CustomerRuleException e, HttpServletRequest request) {
        long id = Long.parseLong(String.valueOf(((Map<?, ?>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).get("id")));
        Optional<Long> now = merges.current(id);
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        if (now.isPresent() && now.get() != id) {
            flash.put("success", "customer.mergedAway");
            return "redirect:/customers/" + now.get();
        }
        flash.put("error", e.messageKey());
        return now.isPresent() ? "redirect:/customers/" + id : "redirect:/customers";
    }
}
