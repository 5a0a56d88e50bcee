package ir.shenava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The top bar's menus by task (issue 15 §10), per role: each menu link is a page the role may open
 * (the same sets as {@link SecurityMatrixTest}), each page the role may open among the menu's pages
 * is there, the bar has at most six menus, and it names the person, not the account.
 */
@ShenavaIntegrationTest
class NavigationMenuTest {

    static final Set<Role> ALL = SecurityMatrixTest.ALL;

    /** The pages the menus offer, each with who may open it. */
    static final Map<String, Set<Role>> MENU_PAGES = new LinkedHashMap<>();

    static {
        MENU_PAGES.put("/work", SecurityMatrixTest.CASES);
        MENU_PAGES.put("/calls", SecurityMatrixTest.CALLS);
        MENU_PAGES.put("/complaints", SecurityMatrixTest.INBOX);
        MENU_PAGES.put("/cases", SecurityMatrixTest.CASES);
        MENU_PAGES.put("/complaints/phone", ALL);
        MENU_PAGES.put("/intake/onsite", SecurityMatrixTest.ONSITE_BOOKS);
        MENU_PAGES.put("/customers", ALL);
        MENU_PAGES.put("/service-records", ALL);
        MENU_PAGES.put("/service-records/missing-confirmations", SecurityMatrixTest.SCANS);
        MENU_PAGES.put("/customers/import", SecurityMatrixTest.BULK);
        MENU_PAGES.put("/service-records/import", SecurityMatrixTest.SERVICE_IMPORT);
        MENU_PAGES.put("/surveys/review", SecurityMatrixTest.SURVEY_REVIEW);
        MENU_PAGES.put("/questionnaires", SecurityMatrixTest.QUALITY);
        MENU_PAGES.put("/service-records/reviews", SecurityMatrixTest.REVIEW);
        MENU_PAGES.put("/analytics", SecurityMatrixTest.ANALYTICS);
        MENU_PAGES.put("/sla", SecurityMatrixTest.SLA_TARGETS);
        MENU_PAGES.put("/reasons", SecurityMatrixTest.REASONS);
        MENU_PAGES.put("/staff", SecurityMatrixTest.ADMIN);
        MENU_PAGES.put("/holidays", SecurityMatrixTest.ADMIN);
        MENU_PAGES.put("/notifications", ALL);
    }

    private static final Pattern NAV = Pattern.compile("(?s)<nav class=\"navbar.*?</nav>");
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void eachRoleSeesExactlyTheMenuPagesItMayOpen(Role role) throws Exception {
        String username = "menu" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String displayName = "کاربر منو " + username.substring(4, 10);
        accounts.create(username, "Temp-pass-123",
                new StaffAccounts.Profile(displayName, null, null, null, null, EnumSet.of(role), true));
        String page = mvc.perform(get("/notifications").with(user(username).roles(role.name())))
                .andReturn().getResponse().getContentAsString();
        Matcher nav = NAV.matcher(page);
        assertThat(nav.find()).isTrue();
        String bar = nav.group();

        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(bar);
        while (href.find()) {
            links.add(href.group(1));
        }
        MENU_PAGES.forEach((path, allowed) -> assertThat(links.contains(path))
                .as("%s %s the menu link %s", role, allowed.contains(role) ? "has" : "has not", path)
                .isEqualTo(allowed.contains(role)));
        for (String link : links) {
            if (link.startsWith("/lang") || link.startsWith("/logout")) {
                continue;
            }
            int status = mvc.perform(get(link).with(user(username).roles(role.name()))).andReturn().getResponse().getStatus();
            assertThat(status).as("%s may open its menu link %s", role, link).isBetween(200, 399);
        }
        int menus = bar.split("class=\"nav-item dropdown\"", -1).length - 1;
        assertThat(menus).as("menus in the top bar").isBetween(2, 6);
        assertThat(bar).contains(displayName).doesNotContain(">" + username + "<");
        assertThat(bar).contains("data-bs-toggle=\"dropdown\"", "aria-expanded=\"false\"");
    }
}
