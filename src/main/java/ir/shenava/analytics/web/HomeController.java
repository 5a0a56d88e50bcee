package ir.shenava.analytics.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import ir.shenava.analytics.internal.HomeFigures;
import ir.shenava.analytics.internal.Quarters;
import ir.shenava.analytics.review.ManagementReviews;
import ir.shenava.analytics.review.Review;
import ir.shenava.cases.CaseWorkload;
import ir.shenava.shared.JalaliDate;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import ir.shenava.surveys.SurveyWorkload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, per role: what each person needs first, in numbers that link to the pages with the
 * rows. The CEO, senior managers and the quality manager get the company's quarter to date against
 * the last one, cases open and overdue, overdue review actions and unreviewed surveys; a manager the
 * same for his department; a caller today's calls; anyone with delegated case tasks their count.
 */
@Controller
class HomeController {

    private static final Set<Role> FIGURES = Set.of(Role.CEO, Role.SENIOR_MANAGER, Role.QUALITY_MANAGER, Role.MANAGER,
            Role.TECHNICAL_MANAGER);
    private static final Set<Role> EXPERTS = Set.of(Role.SALES_EXPERT, Role.TECHNICAL_EXPERT);
    /** How far back the whole company's unreviewed surveys are counted: this quarter and the last. */
    private static final int UNREVIEWED_QUARTERS = 2;

    private final HomeFigures figures;
    private final Viewers viewers;
    private final StaffDirectory staff;
    private final CaseWorkload cases;
    private final SurveyWorkload surveys;
    private final ManagementReviews reviews;
    private final Clock clock;

    HomeController(HomeFigures figures, Viewers viewers, StaffDirectory staff, CaseWorkload cases, SurveyWorkload surveys,
                   ManagementReviews reviews, Clock clock) {
        this.figures = figures;
        this.viewers = viewers;
        this.staff = staff;
        this.cases = cases;
        this.surveys = surveys;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** A figure of the quarter beside the last one's, in the reader's digits. */
    public record Line(String label, String now, String previous, String link) {
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication auth, Locale locale, Model model) {
        Set<Role> roles = Role.fromAuthorities(auth.getAuthorities().stream().map(a -> a.getAuthority()).toList());
        Optional<StaffSummary> me = staff.findActiveByUsername(auth.getName());
        LocalDate today = LocalDate.ofInstant(clock.instant(), JalaliDate.TEHRAN);
        Instant dayStart = today.atStartOfDay(JalaliDate.TEHRAN).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(JalaliDate.TEHRAN).toInstant();
        Labels labels = viewers.labels(locale);
        model.addAttribute("today", today);

        if (roles.stream().anyMatch(FIGURES::contains)) {
            String department = viewers.department(auth);
            HomeFigures.Figures f = figures.of(department);
            model.addAttribute("department", department == null ? null
                    : staff.departmentNames(locale).getOrDefault(department, department));
            model.addAttribute("quarterNow", labels.quarter(f.current().quarter()));
            model.addAttribute("quarterBefore", labels.quarter(f.previous().quarter()));
            model.addAttribute("lines", lines(labels, f));
            model.addAttribute("openCases", labels.number(f.now().open()));
            model.addAttribute("overdueCases", labels.number(f.now().overdue()));
            boolean whole = department == null;
            model.addAttribute("whole", whole);
            long unreviewed = whole
                    ? surveys.unreviewedSince(Quarters.start(Quarters.current(clock).previous()))
                    : me.map(s -> surveys.unreviewedBy(s.id().value())).orElse(0L);
            model.addAttribute("unreviewedSurveys", labels.number(unreviewed));
            if (whole) {
                long overdueActions = reviews.openActionsDueBy(today.minusDays(1)).size();
                model.addAttribute("overdueActions", labels.number(overdueActions));
            }
        }
        me.ifPresent(s -> {
            long id = s.id().value();
            List<Review.Action> mine = reviews.actionsOwnedBy(id).stream().filter(a -> a.status().isOpen()).toList();
            model.addAttribute("myActions", mine.isEmpty() ? null : labels.number(mine.size()));
            model.addAttribute("myActionsOverdue", labels.number(mine.stream().filter(a -> a.overdue(today)).count()));
            CaseWorkload.Tasks tasks = cases.tasksOf(id, today);
            if (roles.stream().anyMatch(EXPERTS::contains) || tasks.active() > 0) {
                model.addAttribute("tasks", labels.number(tasks.active()));
                model.addAttribute("tasksOverdue", labels.number(tasks.overdue()));
            }
            if (roles.contains(Role.CALLER)) {
                model.addAttribute("callsDue", labels.number(surveys.callsDueBefore(dayEnd)));
                model.addAttribute("callsMade", labels.number(surveys.attemptsBy(id, dayStart, dayEnd)));
            }
        });
        return "home";
    }

    private static List<Line> lines(Labels l, HomeFigures.Figures f) {
        List<Line> lines = new ArrayList<>();
        HomeFigures.Quarter now = f.current();
        HomeFigures.Quarter before = f.previous();
        String list = "/analytics/list?quarter=" + now.quarter() + "&kind=";
        lines.add(new Line(l.msg("home.figure.received"), l.number(now.received()), l.number(before.received()),
                list + "RECEIVED&key=all"));
        lines.add(new Line(l.msg("home.figure.closedSatisfied"), l.percent(now.closedSatisfiedShare()),
                l.percent(before.closedSatisfiedShare()), list + "CLOSED_SATISFIED&key=all"));
        lines.add(new Line(l.msg("home.figure.meanScore"), l.number(round(now.meanScore())), l.number(round(before.meanScore())),
                null));
        lines.add(new Line(l.msg("home.figure.satisfiedShare"), l.percent(now.satisfiedShare()),
                l.percent(before.satisfiedShare()), null));
        return lines;
    }

    private static Double round(Double d) {
        return d == null ? null : Math.round(d * 100) / 100.0;
    }
}
