package ir.shenava.branding;

import static ir.shenava.notifications.Mails.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.util.GreenMailUtil;
import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestMailServer;
import ir.shenava.analytics.pack.Packs;
import ir.shenava.analytics.web.Viewers;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import ir.shenava.shared.JalaliQuarter;
import ir.shenava.shared.PhoneNumber;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The company's brand (issue 15 §11): the administrator sets it once, with Persian messages for what
 * is refused, and it appears on the public pages, in a customer's mail and in the PDF pack.
 */
@ShenavaIntegrationTest
class BrandingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Branding branding;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    Packs packs;
    @Autowired
    Viewers viewers;
    @Autowired
    ir.shenava.platform.SharedChanges changes;
    @Autowired
    ir.shenava.intake.onsite.OnsiteForms forms;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String nameFa = "صنایع آزمون " + tag;
    final String nameEn = "Azmoon Industries " + tag;
    CompanyBrand before;
    byte[] beforeLogo;

    @BeforeEach
    void remember() {
        before = branding.current();
        beforeLogo = branding.logo().map(Logo::content).orElse(null);
    }

    @AfterEach
    void restore() {
        // other tests share the context: leave the brand as it was (texts and logo)
        branding.save(before.nameFa(), before.nameEn(), before.phone() == null ? null : new PhoneNumber(before.phone()),
                before.addressFa(), before.addressEn());
        if (beforeLogo == null) {
            branding.removeLogo();
        } else if (!java.util.Arrays.equals(beforeLogo, branding.logo().map(Logo::content).orElse(null))) {
            branding.saveLogo(beforeLogo);
        }
    }

    private MockHttpServletResponse saveBrand(String nameFa, String phone) throws Exception {
        return mvc.perform(post("/settings/branding").with(user("admin").roles("ADMIN")).with(csrf())
                .param("nameFa", nameFa).param("nameEn", nameEn).param("phone", phone)
                .param("addressFa", "تهران، خیابان آزمون، پلاک " + tag).param("addressEn", "Tehran, Azmoon St. " + tag))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse upload(byte[] content, String name, String type) throws Exception {
        return mvc.perform(multipart("/settings/branding/logo").file(new MockMultipartFile("logo", name, type, content))
                .with(user("admin").roles("ADMIN")).with(csrf())).andReturn().getResponse();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().setColor(Color.BLUE);
        image.getGraphics().fillRect(0, 0, 20, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theAdministratorSetsTheBrandAndBadInputIsRefusedInPersian() throws Exception {
        String missingName = saveBrand(" ", "02188776655").getContentAsString();
        assertThat(missingName).contains("is-invalid").contains("value=\"02188776655\"");
        String badPhone = saveBrand(nameFa, "12").getContentAsString();
        assertThat(badPhone).contains("شماره تلفن معتبر نیست").contains(nameFa);

        MockHttpServletResponse saved = saveBrand(nameFa, "۰۲۱-۸۸۷۷-۶۶۵۵");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/settings/branding");
        assertThat(branding.current().phone()).isEqualTo("+982188776655");
        assertThat(mvc.perform(get("/audit").param("kind", "BRANDING").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString()).contains("نام فارسی")
                .contains(ir.shenava.shared.PersianText.persianDigits(nameFa));

        // logos: SVG (it may carry scripts), a file dressed up as PNG, and one over 512 KB are refused with Persian reasons
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(svg, "logo.svg", "image/svg+xml").getContentAsString())
                .contains("نشان باید تصویر PNG یا JPEG باشد").contains("is-invalid");
        assertThat(upload("not an image".getBytes(StandardCharsets.UTF_8), "logo.png", "image/png").getContentAsString())
                .contains("نشان باید تصویر PNG یا JPEG باشد");
        byte[] large = new byte[600 * 1024];
        System.arraycopy(png(), 0, large, 0, 8);
        assertThat(upload(large, "big.png", "image/png").getContentAsString()).contains("بزرگ‌تر از ۵۱۲ کیلوبایت");
        assertThat(branding.current().hasLogo()).isFalse();

        byte[] logo = png();
        assertThat(upload(logo, "logo.png", "image/png").getRedirectedUrl()).isEqualTo("/settings/branding");
        int version = branding.current().logoVersion();

        MockHttpServletResponse served = mvc.perform(get("/brand/logo").param("v", String.valueOf(version))).andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getContentAsByteArray()).isEqualTo(logo);
        assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
        assertThat(mvc.perform(get("/brand/logo").header("If-None-Match", served.getHeader("ETag"))).andReturn().getResponse()
                .getStatus()).isEqualTo(304);

        // the public pages: logo with its alternative text, name, phone and address; English in English
        for (String page : List.of("/complaint", "/ceo", "/track", "/complaint/done")) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("src=\"/brand/logo?v=" + version + "\"").contains("alt=\"نشان " + nameFa + "\"")
                    .contains(nameFa).contains("۰۲۱ ۸۸۷۷ ۶۶۵۵").contains("href=\"tel:+982188776655\"")
                    .contains("تهران، خیابان آزمون، پلاک " + tag);
        }
        String english = mvc.perform(get("/complaint").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains(nameEn).contains("Tehran, Azmoon St. " + tag).doesNotContain(nameFa);

        branding.removeLogo();
        assertThat(mvc.perform(get("/brand/logo")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString()).doesNotContain("/brand/logo");
    }

    @Test
    void aChangeMadeOnAnotherNodeIsSeenAfterTheNextLookAtTheSharedCounters() {
        assertThat(branding.view(Locale.forLanguageTag("fa")).name()).isNotEqualTo(nameFa);   // loaded and kept
        // what another node's save leaves in the database: the row and the moved counter, nothing in this node's memory
        jdbc.update("update company_brand set name_fa = ? where id = 1", nameFa);
        jdbc.update("insert into cache_version (name, version) values ('branding', 1) "
                + "on conflict (name) do update set version = cache_version.version + 1");
        changes.poll();
        assertThat(branding.view(Locale.forLanguageTag("fa")).name()).isEqualTo(nameFa);
    }

    @Test
    void aFreshInstallShowsTheNeutralNameFromTheBundles() throws Exception {
        branding.save(null, null, null, null, null);
        assertThat(branding.view(Locale.forLanguageTag("fa")).name()).isEqualTo("پشتیبانی مشتریان");
        assertThat(mvc.perform(get("/track")).andReturn().getResponse().getContentAsString()).contains("پشتیبانی مشتریان")
                .doesNotContain("tel:");
        assertThat(mvc.perform(get("/track").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("Customer care");
    }

    @Test
    void theCustomersMailAndThePdfPackCarryTheBrand() throws Exception {
        assertThat(saveBrand(nameFa, "02188776655").getRedirectedUrl()).isEqualTo("/settings/branding");
        assertThat(upload(png(), "logo.png", "image/png").getRedirectedUrl()).isEqualTo("/settings/branding");

        TestMailServer.running();
        String address = "brand." + tag + "@customer.example";
        intake.register(Channel.WEB_FORM, new Submission("مینا صالحی", null, null, address, "SALES", null, null,
                "تأخیر در تحویل", "دستگاه دیر رسید.", null, null, null, null), List.of());
        await().atMost(Duration.ofSeconds(15)).until(() -> !mailsTo(address).isEmpty());
        MimeMessage mail = mailsTo(address).get(0);
        String raw = GreenMailUtil.getWholeMessage(mail);
        String html = part(mail, "text/html");
        assertThat(html).contains(nameFa).contains("۰۲۱ ۸۸۷۷ ۶۶۵۵").contains("تهران، خیابان آزمون، پلاک " + tag)
                .contains("http://localhost:8080/brand/logo?v=" + branding.current().logoVersion());
        assertThat(part(mail, "text/plain")).contains(nameFa).contains("۰۲۱ ۸۸۷۷ ۶۶۵۵");
        assertThat(raw).isNotBlank();

        byte[] pdf = packs.pdf(packs.data(new JalaliQuarter(1390, 1), false, viewers.labels(Locale.forLanguageTag("fa"))));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            // a Latin run inside a Persian line comes out of the text layer in visual order: the words are looked for apart
            assertThat(text).contains("صنایع آزمون").contains(tag).contains("۰۲۱ ۸۸۷۷ ۶۶۵۵");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("the logo is drawn on the first page").isNotEmpty();
        }
        // the paper form handed over on site carries the company's name and phone under its title
        long expert = jdbc.queryForObject("select min(id) from staff where active", Long.class);
        long book = forms.issue(1, expert, "admin").id();
        byte[] onsite = mvc.perform(get("/intake/onsite/books/{id}/pdf", book).with(user("tm").roles("TECHNICAL_MANAGER")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(onsite)) {
            String text = Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text).contains("صنایع آزمون").contains("۰۲۱ ۸۸۷۷ ۶۶۵۵");
        }
        byte[] englishPdf = packs.pdf(packs.data(new JalaliQuarter(1390, 1), false, viewers.labels(Locale.ENGLISH)));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(englishPdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(nameEn);
        }
    }

    private static List<MimeMessage> mailsTo(String address) {
        return TestMailServer.running().findReceivedMessages(u -> true, m -> {
            try {
                return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }
}
