package ir.shenava.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.calendar.WorkCalendars;
import ir.shenava.calendar.internal.Holiday;
import ir.shenava.calendar.internal.HolidayRepository;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.JalaliQuarter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The official holidays of a Jalali year: only ADMIN edits them. */
@Controller
@RequestMapping("/holidays")
@PreAuthorize("hasRole('ADMIN')")
class HolidayController {

    private final HolidayRepository holidays;
    private final WorkCalendars calendars;
    private final Clock clock;
    private final AuditTrail audit;

    HolidayController(HolidayRepository holidays, WorkCalendars calendars, Clock clock, AuditTrail audit) {
        this.holidays = holidays;
        this.audit = audit;
        this.calendars = calendars;
        this.clock = clock;
    }

    record HolidayForm(@NotNull LocalDate day, @NotBlank @Size(max = 200) String nameFa, @Size(max = 200) String nameEn) {
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int jy = year != null ? year : JalaliDate.fromGregorian(LocalDate.now(clock)).year();
        LocalDate from = new JalaliQuarter(jy, 1).firstGregorianDay();
        LocalDate to = new JalaliQuarter(jy, 4).lastGregorianDay();
        model.addAttribute("year", jy);
        model.addAttribute("holidays", holidays.findByDayBetweenOrderByDay(from, to));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new HolidayForm(null, null, null));
        }
        return "calendar/holidays";
    }

    @PostMapping
    @Transactional
    String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (!result.hasFieldErrors("day") && form.day() != null && holidays.existsByDay(form.day())) {
            result.rejectValue("day", "holiday.exists");
        }
        if (result.hasErrors()) {
            return list(form.day() == null ? null : JalaliDate.fromGregorian(form.day()).year(), model);
        }
        Holiday added = holidays.save(new Holiday(form.day(), form.nameFa(), form.nameEn()));
        audit.record(AuditKind.HOLIDAY, AuditAction.CREATED, JalaliDate.fromGregorian(added.getDay()).toNumericString(),
                null, described(added));
        calendars.refresh();
        redirect.addFlashAttribute("success", "holiday.saved");
        return "redirect:/holidays?year=" + JalaliDate.fromGregorian(form.day()).year();
    }

    @PostMapping("/{id}/delete")
    @Transactional
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Integer year = holidays.findById(id).map(h -> JalaliDate.fromGregorian(h.getDay()).year()).orElse(null);
        holidays.findById(id).ifPresent(h -> audit.record(AuditKind.HOLIDAY, AuditAction.DELETED,
                JalaliDate.fromGregorian(h.getDay()).toNumericString(), described(h), null));
        holidays.deleteById(id);
        calendars.refresh();
        redirect.addFlashAttribute("success", "holiday.deleted");
        return "redirect:/holidays" + (year == null ? "" : "?year=" + year);
    }

    private static java.util.Map<String, Object> described(Holiday h) {
        return java.util.Map.of("day", JalaliDate.fromGregorian(h.getDay()).toNumericString(), "nameFa", h.getNameFa(),
                "nameEn", h.getNameEn());
    }
}
