package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@ShenavaIntegrationTest
class MailboxPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailboxes mailboxes;

    @Test
    void onlyTheAdministratorManagesMailboxes() throws Exception {
        assertThat(mvc.perform(get("/mailboxes").with(user("manager").roles("MANAGER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/mailboxes/1/fetch").with(user("manager").roles("MANAGER")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/mailboxes")).andReturn().getResponse().getStatus()).isIn(302, 401);
    }

    @Test
    void aMailboxThatDoesNotExistIsNotFound() throws Exception {
        long missing = Long.MAX_VALUE - 7;
        for (String action : new String[] {"", "/activate", "/deactivate", "/fetch"}) {
            MockHttpServletResponse response = mvc.perform(post("/mailboxes/" + missing + action)
                    .with(user("admin").roles("ADMIN")).with(csrf())
                    .param("name", "ناموجود").param("imapHost", "imap.example.ir").param("imapPort", "993")
                    .param("username", "nobody").param("folder", "INBOX")).andReturn().getResponse();
            assertThat(response.getStatus()).as(action).isEqualTo(404);
        }
        assertThat(mailboxes.update(missing, new Mailbox.Settings("x", "h", 993, true, "u", null, "INBOX", null))).isFalse();
        assertThat(mailboxes.setActive(missing, true)).isFalse();
    }

    @Test
    void anAdministratorAddsAMailboxFetchesItAndSeesItsHealth() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // a password with a double space and a space at the end: stored exactly as typed, or the login fails
        String secret = "pw  -" + unique + " ";
        TestMailServer.running().setUser("page" + unique + "@shenava.test", "page" + unique, secret)
                .deliver(MailChannelTest.mail("page." + unique + "@customer.example", "تأخیر در نصب", "هنوز نصب نشده."));

        MockHttpServletResponse missingPassword = mvc.perform(post("/mailboxes").with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", "شرکت " + unique).param("imapHost", TestMailServer.HOST)
                .param("imapPort", String.valueOf(TestMailServer.IMAP_PORT)).param("username", "page" + unique)
                .param("folder", "INBOX")).andReturn().getResponse();
        assertThat(missingPassword.getStatus()).isEqualTo(200);
        assertThat(missingPassword.getContentAsString()).contains("گذرواژه لازم است");

        MockHttpServletResponse added = mvc.perform(post("/mailboxes").with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", "شرکت " + unique).param("imapHost", TestMailServer.HOST)
                .param("imapPort", String.valueOf(TestMailServer.IMAP_PORT)).param("username", "page" + unique)
                .param("password", secret).param("folder", "INBOX")
                .param("security", "NONE").param("insecureConfirmed", "true")).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/mailboxes");
        Mailbox mailbox = mailboxes.all().stream().filter(m -> m.getName().equals("شرکت " + unique)).findFirst().orElseThrow();
        assertThat(mailbox.isSsl()).isFalse();
        assertThat(mailbox.getSecurity()).isEqualTo(MailboxSecurity.NONE);

        var fetched = mvc.perform(post("/mailboxes/{id}/fetch", mailbox.getId()).with(user("admin").roles("ADMIN")).with(csrf()))
                .andReturn();
        assertThat(fetched.getFlashMap().get("fetched")).isEqualTo(new MailboxFetcher.FetchOutcome(1, 0, 0, 0, null));

        String page = mvc.perform(get("/mailboxes").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("شرکت " + unique).contains("صندوق‌های ایمیل دریافت شکایت")
                .contains("دریافت اکنون").contains("پیام‌های کنار گذاشته‌شده")
                .doesNotContain(secret);
        String row = page.substring(page.indexOf("id=\"mailbox-" + mailbox.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("۱۴").doesNotContain("class=\"health-success\">هرگز");
        assertThat(row).containsPattern("class=\"health-taken\">۱<");

        // edit keeps the stored password when the field is left blank; deactivate
        mvc.perform(post("/mailboxes/{id}", mailbox.getId()).with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", "شرکت " + unique + " ویرایش").param("imapHost", TestMailServer.HOST)
                .param("imapPort", String.valueOf(TestMailServer.IMAP_PORT)).param("username", "page" + unique)
                .param("password", "").param("folder", "INBOX").param("security", "NONE").param("insecureConfirmed", "true"));
        assertThat(mailboxes.find(mailbox.getId()).orElseThrow().getPassword()).isEqualTo(secret);
        mvc.perform(post("/mailboxes/{id}/deactivate", mailbox.getId()).with(user("admin").roles("ADMIN")).with(csrf()));
        assertThat(mailboxes.find(mailbox.getId()).orElseThrow().isActive()).isFalse();
    }
}
