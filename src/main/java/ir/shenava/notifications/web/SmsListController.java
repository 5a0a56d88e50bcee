package ir.shenava.notifications.web;

import ir.shenava.notifications.sms.SmsMessages;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The SMS sent about a complaint, with delivered / not delivered / on its way: swapped into the complaint page. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER','SALES_EXPERT',"
        + "'TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')")
class SmsListController {

    private final SmsMessages messages;
    private final SmsOfComplaint links;

    SmsListController(SmsMessages messages, SmsOfComplaint links) {
        this.messages = messages;
        this.links = links;
    }

    @GetMapping("/sms/complaints/{id}")
    String ofComplaint(@PathVariable long id, @RequestParam(required = false) String sig, Authentication auth, Model model) {
        if (!links.valid(id, sig, auth)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("smsMessages", messages.ofComplaint(id));
        return "notifications/sms-list :: list";
    }
}
