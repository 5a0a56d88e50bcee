package ir.shenava.customers.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ir.shenava.platform.BackgroundWork;
import ir.shenava.platform.PreviewPages;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ShenavaIntegrationTest
class ImportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerImport imports;

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    private static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    /** Uploads and returns the batch id from the redirect to the preview. */
    private UUID upload(ImportKind kind, String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/customers/import").file(new MockMultipartFile("file", name, "text/csv", content))
                        .param("kind", kind.name()).with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/customers/import/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID uploadCsv(ImportKind kind, String csv) throws Exception {
        return upload(kind, "file.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    @Autowired
    BackgroundWork work;

    /** A confirmed import goes on in the background: follows the redirect to its job and waits for it to end well. */
    private BackgroundWork.Job finished(MvcResult confirmed) throws Exception {
        String url = confirmed.getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/jobs/");
        UUID id = UUID.fromString(url.substring("/jobs/".length()));
        long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            BackgroundWork.Job job = work.find(id, "admin").orElseThrow();
            if (job.state() != BackgroundWork.State.RUNNING) {
                assertThat(job.state()).as(job.resultKey()).isEqualTo(BackgroundWork.State.DONE);
                assertThat(mvc.perform(get(url).with(ADMIN)).andReturn().getResponse().getContentAsString())
                        .contains("id=\"job-result\"").doesNotContain("hx-trigger");
                return job;
            }
            assertThat(System.nanoTime()).as("the import job ends within a minute").isLessThan(until);
            Thread.sleep(50);
        }
    }

    @Test
    void aLargeFileIsPreviewedAPageAtATimeWithItsErrorsFirstAndSavedInTheBackground() throws Exception {
        String s = suffix();
        StringBuilder csv = new StringBuilder("code,name,kind\n");
        for (int i = 1; i <= 118; i++) {
            csv.append("L").append(i).append('-').append(s).append(",large ").append(i).append(",CLINIC\n");
        }
        csv.append("BAD1-").append(s).append(",bad one,nonsense\nBAD2-").append(s).append(",bad two,nonsense\n");
        UUID batch = uploadCsv(ImportKind.CUSTOMERS, csv.toString());
        String first = mvc.perform(get("/customers/import/" + batch).with(ADMIN)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("BAD1-" + s, "BAD2-" + s, "صفحه ۱ از ۳").doesNotContain("L60-" + s + "<");
        assertThat(first.split("scope=\"row\"", -1).length - 1).as("rows on the first page").isEqualTo(PreviewPages.SIZE);
        String last = mvc.perform(get("/customers/import/" + batch).param("page", "2").with(ADMIN)).andReturn().getResponse()
                .getContentAsString();
        assertThat(last).contains("L118-" + s, "صفحه ۳ از ۳").doesNotContain("BAD1-" + s);

        int before = count("customer");
        BackgroundWork.Job job = finished(mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "VALID_ONLY")
                .param("skipErrors", "true").with(ADMIN).with(csrf())).andReturn());
        assertThat(job.resultKey()).isEqualTo("import.job.done.CUSTOMERS");
        assertThat(job.resultArgs()).containsExactly("118", "0");
        assertThat(job.percent()).isEqualTo(100);
        assertThat(mvc.perform(get("/jobs/" + job.id()).with(ADMIN)).andReturn().getResponse().getContentAsString())
                .contains("ورود مشتریان انجام شد: ۱۱۸ مورد تازه", "aria-valuenow=\"100\"");
        assertThat(count("customer")).isEqualTo(before + 118);
        assertThat(mvc.perform(get("/jobs/" + job.id()).with(user("someone-else").roles("ADMIN"))).andReturn().getResponse()
                .getStatus()).as("a job is its owner's only").isEqualTo(404);
    }

    @Test
    void goodCsvWithPersianDigitsAndArabicLettersIsImportedAndFound() throws Exception {
        String s = suffix();
        UUID batch = uploadCsv(ImportKind.CUSTOMERS, "\uFEFFکد مشتری;نام سازمان;نوع;شهر;شناسه ملی\n"
                + "T-" + s + ";بيمارستان كوثر " + s + ";بیمارستان;تهران;۱۲۳۴۵۶۷۸۹۰\n");
        mvc.perform(get("/customers/import/" + batch).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("بیمارستان کوثر " + s)));
        mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf()))
                .andDo(r -> finished(r));
        mvc.perform(get("/customers").param("q", "كوثر " + s).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("بیمارستان کوثر " + s)));
        assertThat(jdbc.queryForObject("select national_id from customer where code = ?", String.class, "T-" + s))
                .isEqualTo("1234567890");
        assertThat(count("import_batch where id = '" + batch + "'")).isZero();
    }

    @Test
    void oneBadRowWithModeAllImportsNothing() throws Exception {
        String s = suffix();
        UUID batch = uploadCsv(ImportKind.CUSTOMERS, "code,name,national_id\nA-" + s + ",x\nB-" + s + ",y,12\n");
        int before = count("customer");
        mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/customers/import/" + batch))
                .andExpect(flash().attribute("refused", "import.confirm.hasErrors"));
        assertThat(count("customer")).isEqualTo(before);
    }

    @Test
    void validOnlyNeedsTheCheckboxAndThenImportsExactlyTheValidRows() throws Exception {
        String s = suffix();
        UUID batch = uploadCsv(ImportKind.CUSTOMERS,
                "code,name,kind\nV1-" + s + ",x,CLINIC\nV2-" + s + ",y,nonsense\nV3-" + s + ",z,\n");
        int before = count("customer");
        mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "VALID_ONLY").with(ADMIN).with(csrf()))
                .andExpect(flash().attribute("refused", "import.confirm.acknowledgeRequired"));
        assertThat(count("customer")).isEqualTo(before);
        mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "VALID_ONLY").param("skipErrors", "true")
                        .with(ADMIN).with(csrf()))
                .andDo(r -> finished(r));
        assertThat(count("customer")).isEqualTo(before + 2);
        assertThat(count("customer where code = 'V2-" + s + "'")).isZero();
    }

    @Test
    void exportedWorkbookImportsBackWithoutErrors() throws Exception {
        String s = suffix();
        UUID customers = uploadCsv(ImportKind.CUSTOMERS, "code,name\nR-" + s + ",round trip " + s + "\n");
        mvc.perform(post("/customers/import/" + customers + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf())).andDo(r -> finished(r));
        UUID contacts = uploadCsv(ImportKind.CONTACTS, "customer_code,full_name,mobile,landline,email\n"
                + "R-" + s + ",علی,۰۹۱۲۱۲۳" + s.substring(0, 4) + ",021-88776655,a" + s + "@b.ir\n");
        mvc.perform(post("/customers/import/" + contacts + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf())).andDo(r -> finished(r));
        UUID units = uploadCsv(ImportKind.EQUIPMENT, "customer_code,model,serial_number,site_name,sold_by,installed_on\n"
                + "R-" + s + ",X-ray,SN-" + s + ",بخش رادیولوژی,admin,۱۴۰۴/۰۱/۱۵\n");
        mvc.perform(post("/customers/import/" + units + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf()))
                .andDo(r -> finished(r));

        MvcResult export = mvc.perform(get("/customers/export").with(ADMIN)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.matchesPattern("attachment; filename=\"shenava-customers-14\\d\\d-\\d\\d-\\d\\d\\.xlsx\"")))
                .andReturn();
        byte[] workbook = export.getResponse().getContentAsByteArray();
        for (ImportKind kind : ImportKind.values()) {
            ImportPreview preview = imports.preview(upload(kind, "export.xlsx", workbook), "admin").orElseThrow();
            assertThat(preview.errorCount()).as(kind.name()).isZero();
            assertThat(preview.rows()).hasSize(count(switch (kind) {
                case CUSTOMERS -> "customer";
                case CONTACTS -> "contact";
                case EQUIPMENT -> "equipment";
            }));
        }
    }

    @Test
    void aContactWithTheSameMobileIsUpdatedNotDuplicated() throws Exception {
        String s = suffix();
        UUID customer = uploadCsv(ImportKind.CUSTOMERS, "code,name\nK-" + s + ",k\n");
        mvc.perform(post("/customers/import/" + customer + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf())).andDo(r -> finished(r));
        for (String position : new String[] {"مدیر", "مدیر فنی"}) {
            UUID batch = uploadCsv(ImportKind.CONTACTS, "کد مشتری,نام و نام خانوادگی,سمت,تلفن همراه\n"
                    + "K-" + s + ",سارا," + position + ",+98 935 " + s + "1\n");
            mvc.perform(post("/customers/import/" + batch + "/confirm").param("mode", "ALL").with(ADMIN).with(csrf()))
                    .andDo(r -> finished(r));
        }
        assertThat(jdbc.queryForList("select c.position from contact c join customer u on u.id = c.customer_id where u.code = ?",
                String.class, "K-" + s)).containsExactly("مدیر فنی");
    }

    @Test
    void binaryFileNamedCsvIsRejectedAndNothingStored() throws Exception {
        int before = count("import_batch");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/customers/import").file(new MockMultipartFile("file", "customers.csv", "text/csv", png))
                        .param("kind", "CUSTOMERS").with(ADMIN).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UTF-8")));
        assertThat(count("import_batch")).isEqualTo(before);
    }

    @Test
    void batchesBelongToTheirUploader() throws Exception {
        UUID batch = uploadCsv(ImportKind.CUSTOMERS, "name\nx\n");
        mvc.perform(get("/customers/import/" + batch).with(user("ceo").roles("CEO"))).andExpect(status().isNotFound());
    }

    @Test
    void templatesHaveTheHeaderRow() throws Exception {
        byte[] template = mvc.perform(get("/customers/import/template").param("kind", "EQUIPMENT").with(ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(template, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("PK\u0003\u0004");
        mvc.perform(get("/customers/import").with(ADMIN)).andExpect(status().isOk());
    }

    @Test
    void salesExpertsMayNotImportOrExport() throws Exception {
        RequestPostProcessor sales = user("sales").roles("SALES_EXPERT");
        mvc.perform(get("/customers/import").with(sales)).andExpect(status().isForbidden());
        mvc.perform(get("/customers/export").with(sales)).andExpect(status().isForbidden());
        mvc.perform(multipart("/customers/import").file(new MockMultipartFile("file", "a.csv", "text/csv", new byte[] {'a'}))
                .with(sales).with(csrf())).andExpect(status().isForbidden());
    }
}
