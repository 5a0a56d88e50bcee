package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.ComplaintFollowUp;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintFile;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A CEO-page complaint is seen by the CEO and by the people the CEO hands it to, and by nobody else:
 * the delegation chain (complaint_access) opens the list, the page and the files, and closes them again.
 */
@ShenavaIntegrationTest
class DelegationVisibilityWebTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintFollowUp followUp;
    @Autowired
    JdbcTemplate jdbc;

    private long person(String username, Role role) {
        accounts.create(username, "password-123", new StaffAccounts.Profile("کارشناس " + username, null, null, null, null,
                EnumSet.of(role), true));
        return staff.findByUsername(username).orElseThrow().id().value();
    }

    private RequestPostProcessor as(String username) {
        return user(username).roles(Role.SALES_EXPERT.name());
    }

    private String list(String username, String query) throws Exception {
        return mvc.perform(get("/complaints").param("query", query).with(as(username))).andReturn().getResponse().getContentAsString();
    }

    private int status(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andReturn().getResponse().getStatus();
    }

    @Test
    void aConfidentialComplaintOpensToTheDelegateAndClosesWhenTheDelegationIsTakenBack() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String expert = "deleg" + tag;
        long expertId = person(expert, Role.SALES_EXPERT);
        String subject = "محرمانه ارجاع‌شده " + tag;
        Complaint secret = intake.register(Channel.CEO_PAGE, new Submission("شاکی محرمانه", null, PhoneNumber.parse("09127776655"),
                null, null, null, null, subject, "شرح محرمانه", null, null, null, null),
                List.of(ComplaintFile.check("report.pdf", PDF)));
        long fileId = jdbc.queryForObject("select id from complaint_attachment where complaint_id = ?", Long.class, secret.getId());
        String page = "/complaints/" + secret.getId();
        String file = page + "/files/" + fileId;

        assertThat(list(expert, tag)).doesNotContain(subject);
        assertThat(status(page, expert)).as("not on the chain: not found, not even confirmed to exist").isEqualTo(404);
        assertThat(status(file, expert)).isEqualTo(404);

        followUp.grantAccess(secret.getId(), expertId);
        assertThat(list(expert, tag)).contains(">" + subject + "<");
        assertThat(status(page, expert)).isEqualTo(200);
        assertThat(mvc.perform(get(page).with(as(expert))).andReturn().getResponse().getContentAsString())
                .contains("شرح محرمانه").contains("href=\"/cases/" + secret.getId() + "\"");
        assertThat(status(file, expert)).isEqualTo(200);

        String bystander = "other" + tag;
        person(bystander, Role.SALES_EXPERT);
        assertThat(list(bystander, tag)).doesNotContain(subject);
        assertThat(status(page, bystander)).isEqualTo(404);

        followUp.revokeAccess(secret.getId(), expertId);
        assertThat(list(expert, tag)).doesNotContain(subject);
        assertThat(status(page, expert)).isEqualTo(404);
        assertThat(status(file, expert)).isEqualTo(404);
    }
}
