package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What staff type is normalised on the way in, and text written in lines keeps its lines. */
@ShenavaIntegrationTest
class TypedTextWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ComplaintRepository complaints;

    @Test
    void aDescriptionTypedInParagraphsKeepsThemWhileEachLineIsNormalised() throws Exception {
        String expert = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(expert, "password-123", new StaffAccounts.Profile("کارشناس " + expert, null, null, null, null,
                EnumSet.of(Role.TECHNICAL_EXPERT), true));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        MockHttpServletResponse logged = mvc.perform(post("/complaints/phone").with(user(expert).roles("TECHNICAL_EXPERT"))
                .with(csrf()).param("phone", "09121234567").param("contactName", "مشتري  تلفني")
                .param("categoryCode", "AFTER_SALES").param("subject", "خرابي\r\nدستگاه " + tag)
                .param("description", "روز اول:  دستگاه روشن نشد.\r\nروز دوم: باز هم خاموش.\r\n\r\n\r\n\r\nلطفا  پيگيري كنيد.")
                .param("remedySought", "تعويض\nقطعه")
                .param("submissionKey", UUID.randomUUID().toString())).andReturn().getResponse();
        assertThat(logged.getStatus()).isEqualTo(302);
        long id = Long.parseLong(logged.getRedirectedUrl().replaceAll("\\D", ""));

        Complaint stored = complaints.findById(id).orElseThrow();
        assertThat(stored.getDescription())
                .isEqualTo("روز اول: دستگاه روشن نشد.\nروز دوم: باز هم خاموش.\n\nلطفا پیگیری کنید.");
        assertThat(stored.getRemedySought()).isEqualTo("تعویض\nقطعه");
        assertThat(stored.getSubject()).as("a one-line field stays one line").isEqualTo("خرابی دستگاه " + tag);
        assertThat(stored.getContactName()).isEqualTo("مشتری تلفنی");

        String page = mvc.perform(get("/complaints/{id}", id).with(user(expert).roles("TECHNICAL_EXPERT")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"report-text\">روز اول: دستگاه روشن نشد.\nروز دوم: باز هم خاموش.\n\nلطفا پیگیری کنید.<");
    }

    @Test
    void aTooLongRemedyIsExplainedWithPersianDigitsAndNothingTypedIsLost() throws Exception {
        String expert = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(expert, "password-123", new StaffAccounts.Profile("کارشناس " + expert, null, null, null, null,
                EnumSet.of(Role.TECHNICAL_EXPERT), true));
        String page = mvc.perform(post("/complaints/phone").with(user(expert).roles("TECHNICAL_EXPERT")).with(csrf())
                .param("phone", "09121234567").param("contactName", "مشتری بلندنویس").param("categoryCode", "AFTER_SALES")
                .param("subject", "موضوع ماندگار").param("description", "شرح ماندگار")
                .param("remedySought", "ب".repeat(5001))
                .param("submissionKey", UUID.randomUUID().toString())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"remedySought-error\"").contains("حداکثر ۵٬۰۰۰ نویسه بنویسید.")
                .doesNotContain("حداکثر 5000").contains("موضوع ماندگار").contains("شرح ماندگار").contains("ب".repeat(5001));
    }
}
