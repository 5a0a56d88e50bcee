package ir.shenava.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.TestTags;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.Submission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The administrator's list of complaint subjects: add, rename, reorder, deactivate, delete only unused. */
@ShenavaIntegrationTest
class ComplaintCategoryWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    ComplaintCategoryRepository categories;

    private MvcResult admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("admin-categories").roles("ADMIN")).with(csrf())).andReturn();
    }

    private String add(String code, String nameFa, String nameEn) throws Exception {
        MvcResult added = admin(post("/complaint-categories").param("code", code).param("nameFa", nameFa).param("nameEn", nameEn));
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/complaint-categories");
        return code.toUpperCase(Locale.ROOT);
    }

    private static String tag() {
        return TestTags.letters(5);
    }

    @Test
    void anAddedSubjectShowsInTheFormsInTheOrderTheAdministratorChose() throws Exception {
        String tag = tag();
        String first = add("tst_" + tag + "_a", "موضوع الف " + tag, "Subject A " + tag);
        String second = add("TST_" + tag + "_B", "موضوع ب " + tag, "Subject B " + tag);
        assertThat(categories.findById(first)).get().satisfies(c -> assertThat(c.isActive()).isTrue());

        String form = mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("موضوع الف " + tag).contains("موضوع ب " + tag);
        assertThat(form.indexOf("موضوع الف " + tag)).isLessThan(form.indexOf("موضوع ب " + tag));

        admin(post("/complaint-categories/{code}/move", second).param("up", "true"));
        String list = admin(get("/complaint-categories")).getResponse().getContentAsString();
        assertThat(list.indexOf("موضوع ب " + tag)).isLessThan(list.indexOf("موضوع الف " + tag));
        form = mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString();
        assertThat(form.indexOf("موضوع ب " + tag)).isLessThan(form.indexOf("موضوع الف " + tag));

        MvcResult renamed = admin(post("/complaint-categories/{code}/edit", first)
                .param("nameFa", "موضوع نو " + tag).param("nameEn", "New subject " + tag));
        assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/complaint-categories");
        assertThat(mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString())
                .contains("موضوع نو " + tag).doesNotContain("موضوع الف " + tag);
    }

    @Test
    void aSubjectInUseIsDeactivatedNotDeletedAndOldComplaintsKeepItsName() throws Exception {
        String tag = tag();
        String used = add("used_" + tag, "موضوع پرکاربرد " + tag, "Used " + tag);
        String unused = add("unused_" + tag, "موضوع بی‌کاربرد " + tag, "Unused " + tag);
        Complaint complaint = intake.register(Channel.WEB_FORM, new Submission("شاکی موضوع", null, null,
                "c." + tag + "@example.ir", used, null, null, "شکایت موضوع " + tag, "شرح", null, null, null, null), List.of());

        MvcResult refused = admin(post("/complaint-categories/{code}/delete", used));
        assertThat(refused.getFlashMap().get("error")).isEqualTo("category.inUse");
        assertThat(categories.existsById(used)).isTrue();
        admin(post("/complaint-categories/{code}/delete", unused));
        assertThat(categories.existsById(unused)).isFalse();

        MvcResult deactivated = admin(post("/complaint-categories/{code}/active", used).param("active", "false"));
        assertThat(deactivated.getFlashMap().get("success")).isEqualTo("category.deactivated");
        assertThat(mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString())
                .doesNotContain("موضوع پرکاربرد " + tag);
        assertThat(mvc.perform(get("/complaints/phone").with(user("taker").roles("TECHNICAL_EXPERT")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("موضوع پرکاربرد " + tag);
        assertThat(admin(get("/complaint-categories")).getResponse().getContentAsString())
                .contains("موضوع پرکاربرد " + tag).contains("غیرفعال");
        assertThat(mvc.perform(get("/complaints/{id}", complaint.getId()).with(user("quality-categories").roles("QUALITY_MANAGER")))
                .andReturn().getResponse().getContentAsString()).contains("موضوع پرکاربرد " + tag);

        String refusedCall = mvc.perform(post("/complaints/phone").with(user("taker").roles("TECHNICAL_EXPERT")).with(csrf())
                .param("phone", "09121234567").param("contactName", "شاکی").param("categoryCode", used)
                .param("subject", "موضوع کنارگذاشته").param("description", "شرح")).andReturn().getResponse().getContentAsString();
        assertThat(refusedCall).contains("این موضوع در فهرست موضوع");

        admin(post("/complaint-categories/{code}/active", used).param("active", "true"));
        assertThat(mvc.perform(get("/complaint")).andReturn().getResponse().getContentAsString())
                .contains("موضوع پرکاربرد " + tag);
    }

    @Test
    void wrongInputIsExplainedInPersianAndWhatWasTypedIsKept() throws Exception {
        String tag = tag();
        String page = admin(post("/complaint-categories").param("code", "کد فارسی").param("nameFa", "نام نگه داشته " + tag)
                .param("nameEn", "")).getResponse().getContentAsString();
        assertThat(page).contains("کد فقط حروف لاتین و زیرخط می‌پذیرد.").contains("این خانه را پر کنید.")
                .contains("value=\"نام نگه داشته " + tag + "\"").contains("value=\"کد فارسی\"");

        String code = add("dup_" + tag, "تکراری " + tag, "Duplicate " + tag);
        String duplicate = admin(post("/complaint-categories").param("code", code.toLowerCase(Locale.ROOT))
                .param("nameFa", "دوباره " + tag).param("nameEn", "Again")).getResponse().getContentAsString();
        assertThat(duplicate).contains("موضوعی با این کد پیش‌تر ثبت شده است.").contains("value=\"دوباره " + tag + "\"");

        String rename = admin(post("/complaint-categories/{code}/edit", code).param("nameFa", "").param("nameEn", "Kept " + tag))
                .getResponse().getContentAsString();
        assertThat(rename).contains("این خانه را پر کنید.").contains("value=\"Kept " + tag + "\"");
        assertThat(categories.findById(code)).get().satisfies(c -> assertThat(c.getNameFa()).isEqualTo("تکراری " + tag));
    }

    @Test
    void onlyTheAdministratorChangesTheList() throws Exception {
        String tag = tag();
        String code = add("own_" + tag, "فقط مدیر " + tag, "Admin only " + tag);
        for (String role : new String[] {"CEO", "SENIOR_MANAGER", "MANAGER", "QUALITY_MANAGER", "TECHNICAL_EXPERT"}) {
            assertThat(mvc.perform(post("/complaint-categories/{code}/active", code).param("active", "false")
                    .with(user("not-admin").roles(role)).with(csrf())).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
            assertThat(mvc.perform(post("/complaint-categories").param("code", "x_" + tag).param("nameFa", "x").param("nameEn", "x")
                    .with(user("not-admin").roles(role)).with(csrf())).andReturn().getResponse().getStatus())
                    .as(role).isEqualTo(403);
        }
        assertThat(categories.findById(code)).get().satisfies(c -> assertThat(c.isActive()).isTrue());
        assertThat(categories.existsById("X_" + tag.toUpperCase(Locale.ROOT))).isFalse();
    }
}
