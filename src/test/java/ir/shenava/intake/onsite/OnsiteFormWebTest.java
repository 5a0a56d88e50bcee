package ir.shenava.intake.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.internal.StaffAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class OnsiteFormWebTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffDirectory staff;
    @Autowired
    OnsiteForms forms;
    @Autowired
    ComplaintRepository complaints;

    @Test
    void aBookIsIssuedPrintedAndAReturnedFormIsEnteredOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        long expert = accounts.create("exp" + tag, "password-123", new StaffAccounts.Profile("کارشناس دفترچه " + tag, null,
                null, null, null, EnumSet.of(Role.TECHNICAL_EXPERT), true)).getId();
        if (staff.activeWithRole(Role.TECHNICAL_MANAGER).isEmpty()) {
            accounts.create("tm" + tag, "password-123", new StaffAccounts.Profile("مدیر فنی", null, null, null, null,
                    EnumSet.of(Role.TECHNICAL_MANAGER), true));
        }
        MockHttpServletResponse issued = mvc.perform(post("/intake/onsite/books").param("expertId", String.valueOf(expert))
                .param("count", "3").with(user("tm").roles("TECHNICAL_MANAGER")).with(csrf())).andReturn().getResponse();
        long bookId = Long.parseLong(issued.getRedirectedUrl().replaceAll("\\D", ""));
        OnsiteForms.Book book = forms.book(bookId).orElseThrow();
        assertThat(book.lastSerial() - book.firstSerial()).isEqualTo(2);

        byte[] pdf = mvc.perform(get("/intake/onsite/books/{id}/pdf", bookId).with(user("tm").roles("TECHNICAL_MANAGER")))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }

        String serial = book.first();
        assertThat(mvc.perform(get("/intake/onsite/{s}", serial).with(user("x").roles("CALLER"))).andReturn().getResponse()
                .getContentAsString()).contains(serial).contains("کارشناس دفترچه " + tag);
        MockHttpServletResponse entered = mvc.perform(multipart("/intake/onsite/{s}", serial)
                .file(new MockMultipartFile("scan", "form.jpg", "image/jpeg", JPEG))
                .param("contactName", "رضا نوري").param("phone", "۰۹۱۳۰۰۰۱۱۲۲").param("categoryCode", "INSTALLATION")
                .param("subject", "نصب ناقص " + tag).param("description", "کابل‌کشی کامل نشد")
                .with(user("x").roles("CALLER")).with(csrf())).andReturn().getResponse();
        assertThat(entered.getStatus()).isEqualTo(302);
        long complaintId = Long.parseLong(entered.getRedirectedUrl().replaceAll("\\D", ""));
        Complaint complaint = complaints.findById(complaintId).orElseThrow();
        assertThat(complaint.getChannel()).isEqualTo(Channel.ONSITE_FORM);
        assertThat(complaint.getSourceRef()).isEqualTo(serial);
        assertThat(complaint.getOwnerId()).isIn(staff.activeWithRole(Role.TECHNICAL_MANAGER).stream().map(s -> s.id().value()).toList());
        assertThat(forms.form(book.firstSerial()).orElseThrow().status()).isEqualTo(OnsiteForms.Status.ENTERED);

        String again = mvc.perform(get("/intake/onsite/{s}", serial).with(user("x").roles("CALLER"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("این برگ پیش‌تر ثبت شده است");

        mvc.perform(post("/intake/onsite/forms/{s}/mark", book.lastSerial()).param("status", "MISSING")
                .with(user("tm").roles("TECHNICAL_MANAGER")).with(csrf()));
        assertThat(forms.book(bookId).orElseThrow().missing()).isEqualTo(1);
        assertThat(mvc.perform(get("/intake/onsite/{s}", "OS-999999999").with(user("x").roles("CALLER")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/intake/onsite/books").param("expertId", String.valueOf(expert))
                .with(user("s").roles("SALES_EXPERT")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBookIssuedToSomeoneWhoHasLeftStillNamesThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        StaffAccounts.Profile profile = new StaffAccounts.Profile("کارشناس رفته " + tag, null, null, null, null,
                EnumSet.of(Role.TECHNICAL_EXPERT), true);
        long expert = accounts.create("left" + tag, "password-123", profile).getId();
        OnsiteForms.Book book = forms.issue(1, expert, "tm");
        accounts.update(expert, new StaffAccounts.Profile(profile.fullName(), null, null, null, null,
                EnumSet.of(Role.TECHNICAL_EXPERT), false));

        String entryPage = mvc.perform(get("/intake/onsite/{s}", book.first()).with(user("x").roles("CALLER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(entryPage).contains("این برگ به کارشناس رفته " + tag + " سپرده شده بود").doesNotContain("null");
        String bookPage = mvc.perform(get("/intake/onsite/books/{id}", book.id()).with(user("tm").roles("TECHNICAL_MANAGER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(bookPage).contains("کارشناس رفته " + tag).doesNotContain("null");
        assertThat(mvc.perform(get("/intake/onsite").with(user("tm").roles("TECHNICAL_MANAGER"))).andReturn().getResponse()
                .getContentAsString()).contains("کارشناس رفته " + tag);
    }
}
