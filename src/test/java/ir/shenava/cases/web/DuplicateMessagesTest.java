package ir.shenava.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.cases.CaseTestSupport;
import ir.shenava.cases.CaseTestSupport.Person;
import ir.shenava.cases.internal.CaseWork;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case closed as a duplicate: its complaint's description, its conversation (replies that arrive
 * later too) and its files appear on the original complaint's page, marked with their source; a
 * reopened duplicate's leave it again; a CEO-page complaint never shows on an ordinary one.
 */
@ShenavaIntegrationTest
class DuplicateMessagesTest {

    @Autowired
    CaseTestSupport support;
    @Autowired
    CaseWork work;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theDuplicatesMessagesAndFilesAppearOnTheOriginal() throws Exception {
        String tag = UUID.randomUUID().toString();
        Person ceo = support.person(Role.CEO, null);
        Complaint original = support.complaint(Channel.WEB_FORM, "اصلی " + tag, null);
        Complaint duplicate = support.complaint(Channel.PHONE, "تکراری " + tag, null);
        Complaint secret = support.complaint(Channel.CEO_PAGE, "محرمانه " + tag, null);
        support.caseOf(original.getId());
        support.caseOf(duplicate.getId());
        support.caseOf(secret.getId());
        reply(duplicate.getId(), "پاسخ اول مشتری " + tag);
        jdbc.update("insert into complaint_attachment (complaint_id, file_name, content_type, size_bytes, content, uploaded_at) "
                + "values (?, ?, 'text/plain', 3, ?, now())", duplicate.getId(), "پیوست-" + tag + ".txt", "abc".getBytes());

        work.reject(duplicate.getId(), ceo.actor(), "DUPLICATE", "همان شکایت", original.getId());
        work.reject(secret.getId(), ceo.actor(), "DUPLICATE", "همان شکایت", original.getId());
        reply(duplicate.getId(), "پاسخ دوم پس از بستن " + tag);

        String page = page(original.getId(), ceo);
        String source = new TrackingCode(duplicate.getTrackingCode().value()).display();
        assertThat(page).contains("شرح " + "تکراری " + tag).contains("پاسخ اول مشتری " + tag)
                .contains("پاسخ دوم پس از بستن " + tag).contains("پیوست-" + tag + ".txt")
                .contains("/complaints/" + duplicate.getId() + "/files/")
                .contains("از شکایت تکراری \u2068" + source + "\u2069").contains("شرح شکایت تکراری \u2068" + source + "\u2069");
        assertThat(page).as("a CEO-page complaint stays on its own page").doesNotContain("شرح محرمانه " + tag);
        assertThat(jdbc.queryForObject("select count(*) from complaint_message where complaint_id = ?", Integer.class,
                original.getId())).as("nothing was moved").isZero();

        work.reopen(duplicate.getId(), ceo.actor());
        assertThat(page(original.getId(), ceo)).doesNotContain("پاسخ اول مشتری " + tag).doesNotContain("پیوست-" + tag);
    }

    private void reply(long complaintId, String body) {
        jdbc.update("insert into complaint_message (complaint_id, direction, from_address, body, received_at) values (?, 'IN', ?, ?, ?)",
                complaintId, "customer@example.ir", body, Timestamp.from(Instant.now()));
    }

    private String page(long complaintId, Person who) throws Exception {
        var response = mvc.perform(get("/complaints/{id}", complaintId).with(who.auth())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
