package ir.shenava.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestClock;
import ir.shenava.TestTags;
import ir.shenava.cases.Priority;
import ir.shenava.cases.internal.SlaTarget;
import ir.shenava.cases.internal.SlaTargets;
import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.UnknownContact;
import ir.shenava.customers.UnverifiedContacts;
import ir.shenava.customers.internal.Contact;
import ir.shenava.customers.internal.CustomerMerges;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.intake.internal.ComplaintCategoryEdits;
import ir.shenava.intake.mail.Mailbox;
import ir.shenava.intake.mail.Mailboxes;
import ir.shenava.notifications.sms.SmsSettings;
import ir.shenava.notifications.sms.SmsSettingsStore;
import ir.shenava.notifications.sms.SmsProvider;
import ir.shenava.servicerecords.ServiceType;
import ir.shenava.servicerecords.internal.ServiceRecord;
import ir.shenava.servicerecords.internal.ServiceRecords;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.Role;
import ir.shenava.staff.apikeys.ApiKeys;
import ir.shenava.staff.internal.Staff;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each kind of administrative change and each login outcome leaves one audit entry naming who,
 * what and before → after; the page filters; the database refuses to change or delete an entry.
 */
@ShenavaIntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ComplaintCategoryEdits categories;
    @Autowired
    SlaTargets slaTargets;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    SmsSettingsStore sms;
    @Autowired
    CustomerRegistry registry;
    @Autowired
    CustomerMerges merges;
    @Autowired
    UnverifiedContacts unverified;
    @Autowired
    ServiceRecords serviceRecords;
    @Autowired
    TestClock clock;

    /** Unique per test: eight letters a–z. */
    private final String tag = TestTags.letters(8);
    private final String actor = "auditor-" + tag;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(actor, "x", "ROLE_ADMIN"));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Row(String actor, String kind, String action, String subject, String before, String after) {
    }

    private List<Row> entries(String subjectLike) {
        return jdbc.query("select actor, kind, action, subject, before::text, after::text from admin_audit "
                        + "where subject like ? order by id",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), "%" + subjectLike + "%");
    }

    @Test
    void staffChangesAreAuditedWithTheChangedFieldsOnly() {
        String username = "st" + tag;
        Staff person = accounts.create(username, "temporary-pass-1", new StaffAccounts.Profile("نام اول " + tag, null, null,
                null, null, EnumSet.of(Role.CALLER), true));
        accounts.update(person.getId(), new StaffAccounts.Profile("نام اول " + tag, null, null, null, null,
                EnumSet.of(Role.CALLER, Role.MANAGER), false));

        List<Row> rows = entries(username);
        assertThat(rows).extracting(Row::action).containsExactly("CREATED", "CHANGED");
        assertThat(rows).allSatisfy(r -> assertThat(r.actor()).isEqualTo(actor));
        Row changed = rows.get(1);
        assertThat(changed.kind()).isEqualTo("STAFF");
        assertThat(changed.before()).contains("\"roles\": \"CALLER\"").contains("\"active\": \"true\"")
                .doesNotContain("fullName");
        assertThat(changed.after()).contains("CALLER، MANAGER").contains("\"active\": \"false\"");
        assertThat(rows.get(0).after()).doesNotContain("password").doesNotContain("temporary-pass-1");
    }

    @Test
    void departmentsRoutingRulesAndHolidaysAreAuditedThroughTheirPages() throws Exception {
        String code = "AUD_" + tag.toUpperCase();
        mvc.perform(post("/departments").with(user(actor).roles("ADMIN")).with(csrf())
                .param("code", code).param("nameFa", "واحد " + tag).param("nameEn", "Unit " + tag));
        Long departmentId = jdbc.queryForObject("select id from department where code = ?", Long.class, code);
        mvc.perform(post("/departments/{id}/active", departmentId).with(user(actor).roles("ADMIN")).with(csrf()));
        assertThat(entries(code)).extracting(Row::kind, Row::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DEPARTMENT", "CREATED"), org.assertj.core.groups.Tuple.tuple("DEPARTMENT", "CHANGED"));
        assertThat(entries(code).get(1).before()).isEqualTo("{\"active\": \"true\"}");
        assertThat(entries(code).get(1).after()).isEqualTo("{\"active\": \"false\"}");

        categories.add("RR" + tag.toUpperCase(), "موضوع " + tag, "Subject " + tag);
        mvc.perform(post("/routing-rules").with(user(actor).roles("ADMIN")).with(csrf())
                .param("channel", "PHONE").param("categoryCode", "RR" + tag.toUpperCase()).param("targetRole", "QUALITY_MANAGER"));
        mvc.perform(post("/routing-rules").with(user(actor).roles("ADMIN")).with(csrf())
                .param("channel", "PHONE").param("categoryCode", "RR" + tag.toUpperCase()).param("targetRole", "TECHNICAL_MANAGER"));
        List<Row> rules = entries("PHONE / RR" + tag.toUpperCase());
        assertThat(rules).extracting(Row::action).containsExactly("CREATED", "CHANGED");
        assertThat(rules.get(1).before()).contains("QUALITY_MANAGER");
        assertThat(rules.get(1).after()).contains("TECHNICAL_MANAGER");
        Long ruleId = jdbc.queryForObject("select id from routing_rule where category_code = ?", Long.class, "RR" + tag.toUpperCase());
        mvc.perform(post("/routing-rules/{id}/delete", ruleId).with(user(actor).roles("ADMIN")).with(csrf()));
        assertThat(entries("PHONE / RR" + tag.toUpperCase())).extracting(Row::action).endsWith("DELETED");

        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(Math.abs(tag.hashCode() % 3000));
        jdbc.update("delete from holiday where day = ?", day);
        String jalali = ir.shenava.shared.JalaliDate.fromGregorian(day).toNumericString();
        mvc.perform(post("/holidays").with(user(actor).roles("ADMIN")).with(csrf()).param("day", jalali)
                .param("nameFa", "تعطیلی " + tag));
        Long holidayId = jdbc.queryForObject("select id from holiday where day = ?", Long.class, day);
        mvc.perform(post("/holidays/{id}/delete", holidayId).with(user(actor).roles("ADMIN")).with(csrf()));
        List<Row> holidays = entries(jalali);
        assertThat(holidays).extracting(Row::action).containsSubsequence("CREATED", "DELETED");
        assertThat(holidays.get(holidays.size() - 1).before()).contains("تعطیلی " + tag);
        assertThat(holidays.get(holidays.size() - 1).after()).isNull();
        assertThat(holidays).allSatisfy(r -> assertThat(r.actor()).isEqualTo(actor));
    }

    @Test
    void categoriesSlaTargetsApiKeysMailboxesAndSmsSettingsAreAudited() {
        String code = "CT" + tag.toUpperCase();
        categories.add(code, "موضوع " + tag, "Subject " + tag);
        categories.rename(code, "موضوع دیگر " + tag, "Subject " + tag);
        categories.setActive(code, false);
        categories.delete(code);
        List<Row> rows = entries(code);
        assertThat(rows).extracting(Row::action).containsExactly("CREATED", "CHANGED", "CHANGED", "DELETED");
        assertThat(rows.get(1).before()).contains("موضوع " + tag).doesNotContain("nameEn");
        assertThat(rows.get(1).after()).contains("موضوع دیگر " + tag);

        SlaTarget was = slaTargets.of(Priority.LOW);
        long before = count("SLA_TARGET");
        try {
            slaTargets.save(new SlaTarget(Priority.LOW, was.acknowledgeMinutes(), was.firstContactMinutes(),
                    was.resolutionMinutes() + 61));
        } finally {
            slaTargets.save(was);
        }
        assertThat(count("SLA_TARGET")).isEqualTo(before + 2);
        String slaAfter = jdbc.queryForObject("select after::text from admin_audit where kind = 'SLA_TARGET' and actor = ? "
                + "order by id limit 1", String.class, actor);
        assertThat(slaAfter).isEqualTo("{\"resolutionMinutes\": \"" + (was.resolutionMinutes() + 61) + "\"}");

        ApiKeys.Issued key = apiKeys.issue("کلید " + tag, Set.of(ApiScope.COMPLAINTS_WRITE), actor);
        apiKeys.revoke(key.key().getId());
        List<Row> keys = entries("کلید " + tag);
        assertThat(keys).extracting(Row::kind, Row::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("API_KEY", "CREATED"), org.assertj.core.groups.Tuple.tuple("API_KEY", "CHANGED"));
        assertThat(keys.get(1).after()).isEqualTo("{\"revoked\": \"true\"}");
        assertThat(keys.toString()).doesNotContain(key.fullKey());

        Mailbox box = mailboxes.add(new Mailbox.Settings("صندوق " + tag, "mail.example", 993, true, "u" + tag,
                "secret-" + tag, "INBOX", null));
        mailboxes.update(box.getId(), new Mailbox.Settings("صندوق " + tag, "imap.example", 993, true, "u" + tag, null,
                "INBOX", null));
        List<Row> boxes = entries("صندوق " + tag);
        assertThat(boxes).extracting(Row::action).containsExactly("CREATED", "CHANGED");
        assertThat(boxes.get(1).before()).isEqualTo("{\"imapHost\": \"mail.example\"}");
        assertThat(boxes.get(1).after()).isEqualTo("{\"imapHost\": \"imap.example\"}");
        assertThat(boxes.toString()).doesNotContain("secret-" + tag);

        SmsSettings smsWas = sms.current();
        try {
            sms.save(new SmsSettings(SmsProvider.KAVENEGAR, "key-" + tag + "-WXYZ", "3000" + tag.length(), null, 7));
            String after = jdbc.queryForObject("select after::text from admin_audit where kind = 'SMS_SETTINGS' and actor = ? "
                    + "order by id desc limit 1", String.class, actor);
            assertThat(after).contains("KAVENEGAR").contains("…WXYZ").doesNotContain("key-" + tag);
        } finally {
            sms.save(smsWas);
        }
    }

    @Test
    void customerMergesDeletionsAndServiceRecordEditsAreAudited() {
        long into = registry.create(new CustomerRegistry.CustomerData(null, "مقصد " + tag, CustomerKind.HOSPITAL, null,
                "تبریز", null, null, null)).getId();
        ContactSummary newcomer = unverified.findOrCreate(new UnknownContact("ناشناس " + tag, "تازه " + tag, null,
                tag + "@merge.example", null)).orElseThrow();
        merges.merge(newcomer.customerId().value(), into, actor);
        List<Row> merged = entries("مقصد " + tag);
        assertThat(merged).extracting(Row::kind, Row::action).contains(org.assertj.core.groups.Tuple.tuple("CUSTOMER_MERGE", "MERGED"));
        Row merge = merged.stream().filter(r -> r.kind().equals("CUSTOMER_MERGE")).findFirst().orElseThrow();
        assertThat(merge.before()).contains("#" + newcomer.customerId().value());
        assertThat(merge.after()).contains("مقصد " + tag + " #" + into);

        Contact contact = registry.saveContact(into, null, new CustomerRegistry.ContactData("حذفی " + tag, null, null,
                null, "gone." + tag + "@example.com"));
        registry.deleteContact(into, contact.getId());
        Row deletion = entries("مقصد " + tag).stream().filter(r -> r.kind().equals("CUSTOMER_DELETION")).findFirst().orElseThrow();
        assertThat(deletion.before()).contains("حذفی " + tag).contains("gone." + tag);
        assertThat(deletion.after()).isNull();

        ServiceRecord record = serviceRecords.record(new ServiceRecords.Details(ServiceType.REPAIR, into, null, null,
                LocalDate.of(2026, 5, 1), Set.of(), "گزارش " + tag, "EXT-" + tag), actor);
        serviceRecords.update(record.getId(), new ServiceRecords.Details(ServiceType.REPAIR, into, null, null,
                LocalDate.of(2026, 5, 2), Set.of(), "گزارش " + tag, "EXT-" + tag));
        List<Row> edits = entries("EXT-" + tag);
        assertThat(edits).extracting(Row::kind, Row::action).containsExactly(org.assertj.core.groups.Tuple.tuple("SERVICE_RECORD", "CHANGED"));
        assertThat(edits.get(0).before()).isEqualTo("{\"plannedOn\": \"1405/02/11\"}");
        assertThat(edits.get(0).after()).isEqualTo("{\"plannedOn\": \"1405/02/12\"}");
    }

    @Test
    void loginsFailuresAndALockoutAreAudited() throws Exception {
        SecurityContextHolder.clearContext();
        String username = "lg" + tag;
        accounts.create(username, "right-pass-123", new StaffAccounts.Profile("ورود " + tag, null, null, null, null,
                EnumSet.of(Role.CALLER), true));
        login(username, "right-pass-123", "10.77.1.1");
        for (int i = 0; i < 5; i++) {
            login(username, "wrong-" + i, "10.77.2." + (i + 1));
        }
        List<Row> rows = entries(username).stream().filter(r -> r.kind().equals("LOGIN")).toList();
        assertThat(rows).extracting(Row::action).containsExactly("LOGIN_SUCCEEDED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT");
        assertThat(rows).allSatisfy(r -> assertThat(r.actor()).isEqualTo(username));
        assertThat(jdbc.queryForObject("select address from admin_audit where kind = 'LOGIN' and subject = ? and action = 'LOGIN_SUCCEEDED'",
                String.class, username)).isEqualTo("10.77.1.1");
    }

    private void login(String username, String password, String address) throws Exception {
        mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        categories.add("RF" + tag.toUpperCase(), "موضوع " + tag, "Subject " + tag);
        Long id = jdbc.queryForObject("select id from admin_audit where subject = ?", Long.class, "RF" + tag.toUpperCase());
        assertThatThrownBy(() -> jdbc.update("update admin_audit set actor = 'someone-else' where id = ?", id))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from admin_audit where id = ?", id)).rootCause()
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate admin_audit")).rootCause().hasMessageContaining("append-only");
        assertThat(entries("RF" + tag.toUpperCase())).singleElement().extracting(Row::actor).isEqualTo(actor);
    }

    @Test
    void thePageFiltersByWhoKindAndJalaliDates() throws Exception {
        categories.add("PG" + tag.toUpperCase(), "موضوع صفحه " + tag, "Page " + tag);
        apiKeys.issue("کلید صفحه " + tag, Set.of(ApiScope.COMPLAINTS_WRITE), actor);
        String today = ir.shenava.shared.JalaliDate.now(clock).toNumericString();

        String byActor = page("/audit?who=" + actor);
        assertThat(byActor).contains("PG" + tag.toUpperCase()).contains("کلید صفحه " + tag).contains("موضوعات شکایت");
        String byKind = page("/audit?who=" + actor + "&kind=API_KEY");
        assertThat(byKind).contains("کلید صفحه " + tag).doesNotContain("PG" + tag.toUpperCase());
        String byDate = page("/audit?who=" + actor + "&from=" + PersianDigits.of(today) + "&to=" + today);
        assertThat(byDate).contains("PG" + tag.toUpperCase());
        String yesterday = ir.shenava.shared.JalaliDate.now(clock).plusDays(-1).toNumericString();
        assertThat(page("/audit?who=" + actor + "&to=" + yesterday)).doesNotContain("PG" + tag.toUpperCase())
                .contains("موردی با این شرایط ثبت نشده است");
        String badDate = page("/audit?who=" + actor + "&from=1405/13/40");
        assertThat(badDate).contains("تاریخ معتبر نیست").contains("PG" + tag.toUpperCase());
        assertThat(page("/audit?page=abc&kind=NOPE")).contains("گزارش ممیزی");
    }

    private String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(user("admin-" + tag).roles("ADMIN"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private long count(String kind) {
        return jdbc.queryForObject("select count(*) from admin_audit where kind = ? and actor = ?", Long.class, kind, actor);
    }

    /** Persian digits, as a Persian keyboard types a date. */
    private static final class PersianDigits {
        static String of(String latin) {
            return ir.shenava.shared.PersianText.persianDigits(latin);
        }
    }
}
