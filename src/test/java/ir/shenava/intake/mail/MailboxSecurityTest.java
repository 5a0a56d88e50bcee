package ir.shenava.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * IMAP connections never send the password in clear unless the administrator chose so, and a
 * company certificate authority uploaded for one mailbox is trusted by that mailbox only. The test
 * IMAPS server's certificate (src/test/resources/greenmail.p12, which GreenMail loads from the class
 * path) is issued for 127.0.0.1 by a test authority (mail-tls/ca.pem) no JVM trusts by default.
 */
@ShenavaIntegrationTest
class MailboxSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    MailboxFetcher fetcher;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    private Mailbox mailbox(String name, int port, MailboxSecurity security) {
        return mailboxes.add(new Mailbox.Settings(name + " " + unique, TestMailServer.HOST, port, security, "sec" + unique,
                "secret-" + unique, "INBOX", null, null));
    }

    /** A mailbox that is never stored: only its session is looked at. */
    private Mailbox settingsOnly(MailboxSecurity security, int port) {
        return new Mailbox(new Mailbox.Settings("x", "imap.example.ir", port, security, "u", "p", "INBOX", null, null));
    }

    @Test
    void theSessionRequiresStartTlsAndChecksTheServerName() throws Exception {
        Properties startTls = MailboxFetcher.sessionProperties(settingsOnly(MailboxSecurity.STARTTLS, 143));
        assertThat(startTls.getProperty("mail.store.protocol")).isEqualTo("imap");
        assertThat(startTls.getProperty("mail.imap.starttls.enable")).isEqualTo("true");
        assertThat(startTls.getProperty("mail.imap.starttls.required")).isEqualTo("true");
        assertThat(startTls.getProperty("mail.imap.ssl.checkserveridentity")).isEqualTo("true");

        Properties ssl = MailboxFetcher.sessionProperties(settingsOnly(MailboxSecurity.SSL, 993));
        assertThat(ssl.getProperty("mail.store.protocol")).isEqualTo("imaps");
        assertThat(ssl.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(ssl.get("mail.imaps.ssl.socketFactory")).isNull();

        Properties none = MailboxFetcher.sessionProperties(settingsOnly(MailboxSecurity.NONE, 143));
        assertThat(none.getProperty("mail.imap.starttls.enable")).isNull();
        assertThat(none.getProperty("mail.imap.starttls.required")).isNull();
    }

    @Test
    void aServerWithoutStartTlsIsRefusedWithAClearPersianStatus() throws Exception {
        TestMailServer.running().setUser("sec" + unique + "@shenava.test", "sec" + unique, "secret-" + unique)
                .deliver(MailChannelTest.mail("plain." + unique + "@customer.example", "نباید خوانده شود", "متن"));
        Mailbox mailbox = mailbox("بی‌STARTTLS", TestMailServer.IMAP_PORT, MailboxSecurity.STARTTLS);

        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(mailbox.getId());

        assertThat(outcome.error()).contains("STARTTLS");
        assertThat(outcome.registered()).isZero();
        Mailbox failed = mailboxes.find(mailbox.getId()).orElseThrow();
        assertThat(failed.isFailing()).isTrue();
        assertThat(failed.lastErrorKey()).isEqualTo("mailbox.error.noStarttls");
        String page = mvc.perform(get("/mailboxes").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();
        String row = page.substring(page.indexOf("id=\"mailbox-" + mailbox.getId() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("سرور STARTTLS را پیشنهاد نمی‌کند").contains("STARTTLS الزامی");
        mailboxes.setActive(mailbox.getId(), false);
    }

    @Test
    void noEncryptionOnlyWithAnExplicitInsecureChoiceAndStartTlsIsTheDefault() throws Exception {
        String name = "ناامن " + unique;
        MockHttpServletResponse refused = save(name, "NONE", null);
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("ناامن بودن آن را تأیید کنید");
        assertThat(mailboxes.all()).noneMatch(m -> m.getName().equals(name));

        assertThat(save(name, "NONE", "true").getRedirectedUrl()).isEqualTo("/mailboxes");
        assertThat(byName(name).getSecurity()).isEqualTo(MailboxSecurity.NONE);

        String other = "پیش‌فرض " + unique;
        assertThat(save(other, null, null).getRedirectedUrl()).isEqualTo("/mailboxes");
        assertThat(byName(other).getSecurity()).isEqualTo(MailboxSecurity.STARTTLS);
        mailboxes.setActive(byName(name).getId(), false);
        mailboxes.setActive(byName(other).getId(), false);
    }

    @Test
    void anUploadedAuthorityIsTrustedForThatMailboxOnly() throws Exception {
        ServerSetup setup = new ServerSetup(freePort(), TestMailServer.HOST, ServerSetup.PROTOCOL_IMAPS);
        setup.setServerStartupTimeout(60_000); // the default 2 s is too short on a busy machine
        GreenMail imaps = new GreenMail(setup);
        imaps.start();
        try {
            imaps.setUser("sec" + unique + "@shenava.test", "sec" + unique, "secret-" + unique)
                    .deliver(MailChannelTest.mail("tls." + unique + "@customer.example", "خرابی پمپ", "پمپ کار نمی‌کند."));
            Mailbox trusting = mailbox("با مرجع", imaps.getImaps().getPort(), MailboxSecurity.SSL);
            Mailbox other = mailbox("بی مرجع", imaps.getImaps().getPort(), MailboxSecurity.SSL);

            assertThat(fetcher.fetch(trusting.getId()).error()).isNotNull();
            assertThat(mailboxes.find(trusting.getId()).orElseThrow().lastErrorKey()).isEqualTo("mailbox.error.untrusted");

            assertThat(mvc.perform(multipart("/mailboxes/{id}/authority", trusting.getId())
                    .file(new MockMultipartFile("authority", "ca.pem", "application/x-pem-file", resource("mail-tls/ca.pem")))
                    .with(user("manager").roles("MANAGER")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mailboxes.find(trusting.getId()).orElseThrow().authority()).isEmpty();

            MvcResult garbage = upload(trusting, "hello, not a certificate".getBytes(StandardCharsets.UTF_8));
            assertThat(garbage.getFlashMap().get("error")).isEqualTo("mailbox.ca.notCertificate");
            String page = mvc.perform(get("/mailboxes").param("edit", String.valueOf(trusting.getId()))
                    .with(user("admin").roles("ADMIN")).flashAttr("error", "mailbox.ca.notCertificate"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("این فایل گواهی X.509 نیست");
            assertThat(upload(trusting, new byte[0]).getFlashMap().get("error")).isEqualTo("mailbox.ca.empty");

            assertThat(upload(trusting, resource("mail-tls/other-ca.pem")).getFlashMap().get("success")).isEqualTo("mailbox.ca.saved");
            assertThat(fetcher.fetch(trusting.getId()).error()).isNotNull();

            assertThat(upload(trusting, resource("mail-tls/ca.pem")).getFlashMap().get("success")).isEqualTo("mailbox.ca.saved");
            MailboxFetcher.FetchOutcome trusted = fetcher.fetch(trusting.getId());
            assertThat(trusted.error()).isNull();
            assertThat(trusted.registered()).isEqualTo(1);
            assertThat(mailboxes.find(trusting.getId()).orElseThrow().authority().orElseThrow().subject())
                    .contains("Shenava Test Mail CA");
            String edit = mvc.perform(get("/mailboxes").param("edit", String.valueOf(trusting.getId()))
                    .with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
            assertThat(edit).contains("Shenava Test Mail CA").contains("، معتبر تا ");

            // the other mailbox on the same server, and the JVM's own trust, are not changed by it
            assertThat(fetcher.fetch(other.getId()).error()).isNotNull();
            assertThat(mailboxes.find(other.getId()).orElseThrow().lastErrorKey()).isEqualTo("mailbox.error.untrusted");

            mvc.perform(post("/mailboxes/{id}/authority/remove", trusting.getId()).with(user("admin").roles("ADMIN")).with(csrf()));
            assertThat(mailboxes.find(trusting.getId()).orElseThrow().authority()).isEmpty();
            mailboxes.setActive(trusting.getId(), false);
            mailboxes.setActive(other.getId(), false);
        } finally {
            imaps.stop();
        }
    }

    private MvcResult upload(Mailbox mailbox, byte[] content) throws Exception {
        return mvc.perform(multipart("/mailboxes/{id}/authority", mailbox.getId())
                .file(new MockMultipartFile("authority", "company-ca.pem", "application/x-pem-file", content))
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn();
    }

    private MockHttpServletResponse save(String name, String security, String insecureConfirmed) throws Exception {
        var request = post("/mailboxes").with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", name).param("imapHost", "imap.example.ir").param("imapPort", "143")
                .param("username", "u" + unique).param("password", "p-" + unique).param("folder", "INBOX");
        if (security != null) {
            request.param("security", security);
        }
        if (insecureConfirmed != null) {
            request.param("insecureConfirmed", insecureConfirmed);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Mailbox byName(String name) {
        return mailboxes.all().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = MailboxSecurityTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
