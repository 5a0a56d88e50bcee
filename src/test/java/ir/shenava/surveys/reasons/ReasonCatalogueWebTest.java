package ir.shenava.surveys.reasons;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.ReasonSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The reason catalogue page: add and rename in both languages; a used reason keeps its code, is deactivated, never deleted. */
@ShenavaIntegrationTest
class ReasonCatalogueWebTest {

    static final RequestPostProcessor QUALITY = user("reasons-quality").roles("QUALITY_MANAGER");

    @Autowired
    MockMvc mvc;
    @Autowired
    DissatisfactionReasons reasons;

    @Test
    void aNewReasonIsAddedRenamedAndWhileUnusedRecodedOrDeleted() throws Exception {
        String tag = tag();
        // typed in lower case with a Persian digit: stored upper case, Latin digits
        assertThat(send("/reasons", "areaCode", "SALES", "code", "sales.quote_" + tag + "۲", "nameFa", "پیش‌فاکتور دیر رسید",
                "nameEn", "Late quotation").getStatus()).isEqualTo(302);
        String code = "SALES.QUOTE_" + tag + "2";
        assertThat(reasons.find(code)).hasValueSatisfying(r -> {
            assertThat(r.areaCode()).isEqualTo("SALES");
            assertThat(r.active()).isTrue();
        });
        assertThat(page("/reasons")).contains(code, "پیش‌فاکتور دیر رسید", "Late quotation");

        assertThat(send("/reasons/" + code, "areaCode", "AFTER_SALES", "code", code + "_X", "nameFa", "پیش‌فاکتور با تأخیر",
                "nameEn", "Quotation late").getStatus()).isEqualTo(302);
        assertThat(reasons.find(code)).isEmpty();
        assertThat(reasons.find(code + "_X")).hasValueSatisfying(r -> {
            assertThat(r.nameFa()).isEqualTo("پیش‌فاکتور با تأخیر");
            assertThat(r.areaCode()).isEqualTo("AFTER_SALES");
        });

        // deleting asks for a confirmation first
        assertThat(body(send("/reasons/" + code + "_X/delete"))).contains("حذف را تأیید کنید");
        assertThat(reasons.find(code + "_X")).isPresent();
        assertThat(send("/reasons/" + code + "_X/delete", "confirmed", "true").getStatus()).isEqualTo(302);
        assertThat(reasons.find(code + "_X")).isEmpty();
    }

    @Test
    void aUsedReasonKeepsItsCodeCannotBeDeletedAndIsDeactivated() throws Exception {
        String code = "INST.USED_" + tag();
        send("/reasons", "areaCode", "INSTALLATION_TRAINING", "code", code, "nameFa", "کابل‌کشی نامرتب", "nameEn", "Untidy cabling");
        reasons.recorded(ReasonSource.CASE, ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L),
                List.of(code), Instant.now());

        assertThat(page("/reasons/" + code + "/edit")).contains("reason-used").doesNotContain("delete-reason");
        assertThat(body(send("/reasons/" + code, "areaCode", "INSTALLATION_TRAINING", "code", code + "_NEW",
                "nameFa", "کابل‌کشی نامرتب", "nameEn", "Untidy cabling"))).contains("تغییر نمی‌کند", code + "_NEW");
        assertThat(body(send("/reasons/" + code + "/delete", "confirmed", "true"))).contains("به جای آن غیرفعالش کنید");
        assertThat(reasons.find(code)).isPresent();
        // the names may still be corrected
        assertThat(send("/reasons/" + code, "nameFa", "کابل‌کشی نامرتب و بی‌برچسب", "nameEn", "Untidy, unlabelled cabling")
                .getStatus()).isEqualTo(302);
        assertThat(reasons.find(code).map(DissatisfactionReason::nameFa)).contains("کابل‌کشی نامرتب و بی‌برچسب");

        assertThat(send("/reasons/" + code + "/active", "active", "false").getStatus()).isEqualTo(302);
        assertThat(reasons.find(code).map(DissatisfactionReason::active)).contains(false);
        assertThat(reasons.active()).extracting(DissatisfactionReason::code).doesNotContain(code);
        assertThatThrownBy(() -> reasons.recorded(ReasonSource.CASE, 1L, List.of(code), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(page("/reasons")).contains(code);   // still listed, as inactive
    }

    @Test
    void badInputComesBackInPersianWithWhatWasTyped() throws Exception {
        String typed = body(send("/reasons", "areaCode", "SALES", "code", "۱bad code", "nameFa", "نام خوب", "nameEn", "Good name"));
        assertThat(typed).contains("کد نامعتبر است", "نام خوب", "Good name");
        assertThat(body(send("/reasons", "areaCode", "SALES", "code", "SALES.DELIVERY_LATE", "nameFa", "تکراری", "nameEn", "Dup")))
                .contains("این کد پیش‌تر به کار رفته است");
        assertThat(body(send("/reasons", "areaCode", "SALES", "code", "SALES.X_" + tag(), "nameFa", " ", "nameEn", "x")))
                .contains("هر دو لازم است");
        assertThat(mvc.perform(get("/reasons/NO.SUCH/edit").with(QUALITY)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/reasons").with(user("reasons-expert").roles("SALES_EXPERT"))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private static String tag() {
        // four letters A–Z (a UUID's hex letters alone were sometimes fewer than four)
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            tag.append((char) ('A' + random.nextInt(26)));
        }
        return tag.toString();
    }

    private String page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(QUALITY)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(String url, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(QUALITY).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
