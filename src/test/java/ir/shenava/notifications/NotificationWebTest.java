package ir.shenava.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.TrackingCode;
import ir.shenava.notifications.internal.MailPreferences;
import ir.shenava.notifications.internal.NotificationKind;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The notification list and the mail settings page, each person seeing and changing only their own. */
@ShenavaIntegrationTest
class NotificationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MailPreferences preferences;

    record Person(long id, RequestPostProcessor login) {
    }

    Person person(Role role, String email) {
        String username = "w" + UUID.randomUUID().toString().substring(0, 12);
        long id = accounts.create(username, "Temp-pass-123",
                new StaffAccounts.Profile("کاربر اعلان", email, null, null, null, Set.of(role), true)).getId();
        return new Person(id, user(username).roles(role.name()));
    }

    /** A notification row as the listeners write it; minutesAgo orders them. */
    long notification(long staffId, long caseId, String subject, int minutesAgo) {
        return jdbc.queryForObject("""
                insert into staff_notification (staff_id, kind, case_id, tracking_code, event_key, params, created_at)
                values (?, 'CASE_OPENED', ?, ?, '', array[?], ?) returning id""", Long.class,
                staffId, caseId, TrackingCode.random().value(), subject,
                Timestamp.from(Instant.now().minusSeconds(60L * minutesAgo)));
    }

    String page(String url, Person who) throws Exception {
        return mvc.perform(get(url).with(who.login())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** A line of the list as the page shows it. */
    record Line(long id, boolean unread, String html) {
    }

    static List<Line> lines(String html) {
        List<Line> lines = new ArrayList<>();
        Matcher li = Pattern.compile("(?s)<li\\b([^>]*)>(.*?)</li>").matcher(html);
        while (li.find()) {
            Matcher id = Pattern.compile("id=\"notification-(\\d+)\"").matcher(li.group(1));
            if (id.find()) {
                lines.add(new Line(Long.parseLong(id.group(1)), li.group(1).matches("(?s).*class=\"[^\"]*\\bunread\\b.*"),
                        li.group(2)));
            }
        }
        return lines;
    }

    /** The unread count in the navigation bar, or null when it is not shown. */
    static String badge(String html) {
        Matcher badge = Pattern.compile("class=\"[^\"]*unread-count\"[^>]*>([^<]*)<").matcher(html);
        return badge.find() ? badge.group(1) : null;
    }

    @Test
    void theListShowsOnlyMyNotificationsNewestFirstWithTheUnreadCountInTheNavigationBar() throws Exception {
        Person me = person(Role.SALES_EXPERT, null);
        Person other = person(Role.MANAGER, null);
        long older = notification(me.id(), 501, "موضوع قدیمی", 30);
        long newest = notification(me.id(), 502, "موضوع تازه", 1);
        notification(other.id(), 503, "موضوع دیگری", 1);

        String list = page("/notifications", me);
        assertThat(lines(list)).extracting(Line::id).containsExactly(newest, older);
        assertThat(lines(list)).allMatch(Line::unread);
        assertThat(list).contains("موضوع تازه").contains("موضوع قدیمی").doesNotContain("موضوع دیگری");
        assertThat(lines(list).get(0).html()).contains("href=\"/cases/502\"");
        assertThat(badge(list)).isEqualTo("۲");
    }

    @Test
    void markingOneReadAndThenAllLowersTheCount() throws Exception {
        Person me = person(Role.TECHNICAL_EXPERT, null);
        Person other = person(Role.MANAGER, null);
        long first = notification(me.id(), 601, "اول", 3);
        notification(me.id(), 602, "دوم", 2);
        notification(me.id(), 603, "سوم", 1);
        long notMine = notification(other.id(), 604, "از دیگری", 1);

        mvc.perform(post("/notifications/{id}/read", first).with(me.login())).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/{id}/read", first).with(me.login()).with(csrf()))
                .andExpect(redirectedUrl("/notifications?page=0"));
        mvc.perform(post("/notifications/{id}/read", notMine).with(me.login()).with(csrf()));

        String list = page("/notifications", me);
        Line read = lines(list).stream().filter(l -> l.id() == first).findFirst().orElseThrow();
        assertThat(read.unread()).isFalse();
        assertThat(read.html()).doesNotContain("<form");
        assertThat(lines(list)).filteredOn(Line::unread).hasSize(2);
        assertThat(badge(list)).isEqualTo("۲");
        assertThat(jdbc.queryForObject("select read_at is null from staff_notification where id = ?", Boolean.class, notMine))
                .isTrue();

        mvc.perform(post("/notifications/read-all").with(me.login()).with(csrf())).andExpect(redirectedUrl("/notifications"));
        list = page("/notifications", me);
        assertThat(lines(list)).hasSize(3).noneMatch(Line::unread);
        assertThat(badge(list)).isNull();
        assertThat(badge(page("/notifications", other))).isEqualTo("۱");
    }

    @Test
    void aLongListIsPaged() throws Exception {
        Person me = person(Role.CALLER, null);
        for (int i = 0; i < 25; i++) {
            notification(me.id(), 700 + i, "شماره " + i + ".", 100 - i);
        }
        String first = page("/notifications", me);
        assertThat(lines(first)).hasSize(20);
        assertThat(lines(first).get(0).html()).contains("شماره 24.");
        assertThat(first).containsPattern("href=\"/notifications\\?[^\"]*page=1\"");
        String second = page("/notifications?page=1", me);
        assertThat(lines(second)).hasSize(5);
        assertThat(lines(second).get(4).html()).contains("شماره 0.");
    }

    @Test
    void someoneWithoutNotificationsSeesTheEmptyState() throws Exception {
        String list = page("/notifications", person(Role.CEO, null));
        assertThat(list).contains("id=\"no-notifications\"").contains("اعلانی ندارید").doesNotContain("id=\"notifications\"");
        assertThat(list).contains("id=\"nav-notifications\"");
        assertThat(badge(list)).isNull();
    }

    @Test
    void mailSettingsAreAllOnByDefaultAndEscalationsStayOn() throws Exception {
        Person me = person(Role.MANAGER, "settings." + UUID.randomUUID().toString().substring(0, 8) + "@shenava.example");
        String settings = page("/notifications/settings", me);
        assertThat(checked(settings)).containsExactlyInAnyOrder(
                java.util.Arrays.stream(NotificationKind.values()).map(Enum::name).toArray(String[]::new));
        assertThat(settings).containsPattern("<input[^>]*id=\"mailed-ESCALATED\"[^>]*disabled");
        assertThat(settings).doesNotContain("alert-warning");

        mvc.perform(post("/notifications/settings").with(me.login()).with(csrf())
                        .param("mailed", "OVERDUE").param("mailed", "ASSIGNED"))
                .andExpect(redirectedUrl("/notifications/settings"));

        assertThat(preferences.mailed(me.id())).containsExactlyInAnyOrder(NotificationKind.OVERDUE,
                NotificationKind.ASSIGNED, NotificationKind.ESCALATED);
        assertThat(checked(page("/notifications/settings", me))).containsExactlyInAnyOrder("ASSIGNED", "OVERDUE", "ESCALATED");

        mvc.perform(post("/notifications/settings").with(me.login()).with(csrf()));
        assertThat(preferences.mailed(me.id())).containsExactly(NotificationKind.ESCALATED);
    }

    /** The kinds ticked on the settings page. */
    static List<String> checked(String html) {
        List<String> kinds = new ArrayList<>();
        Matcher input = Pattern.compile("<input[^>]*name=\"mailed\"[^>]*>").matcher(html);
        while (input.find()) {
            Matcher value = Pattern.compile("value=\"([A-Z_]+)\"").matcher(input.group());
            if (input.group().contains("checked") && value.find()) {
                kinds.add(value.group(1));
            }
        }
        return kinds;
    }

    @Test
    void withoutAnAddressTheSettingsPageSaysNothingIsMailed() throws Exception {
        assertThat(page("/notifications/settings", person(Role.SALES_EXPERT, null))).contains("alert-warning");
    }
}
