package ir.shenava.servicerecords.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.platform.BackgroundWork;
import ir.shenava.platform.PreviewPages;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ShenavaIntegrationTest
class ServiceImportWebTest {

    private static final RequestPostProcessor MANAGER = user("import-manager").roles("MANAGER");
    private static final String HEADER = "\uFEFFنوع خدمت;کد مشتری;شماره سریال;تاریخ برنامه;تاریخ انجام;کارشناسان;گزارش;شماره سند\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CustomerRegistry customers;

    String code;
    String serial;
    String doc;

    @BeforeEach
    void aCustomerWithAUnit() {
        String s = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        code = "IMP-" + s;
        long id = customers.create(new CustomerRegistry.CustomerData(code, "مشتری " + s, CustomerKind.CLINIC,
                null, null, null, null, null)).getId();
        serial = "SER-" + s;
        customers.saveEquipment(id, null, new CustomerRegistry.EquipmentData(null, "مدل", serial, null, null));
        doc = "D" + s;
    }

    private UUID upload(String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/service-records/import")
                        .file(new MockMultipartFile("file", name, "text/csv", content)).with(MANAGER).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/service-records/import/");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private UUID uploadCsv(String csv) throws Exception {
        return upload("erp.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private int records() {
        return jdbc.queryForObject("select count(*) from service_record where external_ref like ?", Integer.class, doc + "%");
    }

    /** Persian digits in code, serial and dates; Persian type names; Arabic comma between usernames. */
    private String goodRow(int n) {
        return "نصب;" + toPersianDigits(code) + ";" + toPersianDigits(serial) + ";۱۴۰۵/۰۶/۰۱;۱۴۰۵/۰۶/۰۲;admin،admin;گزارش " + n
                + ";" + toPersianDigits(doc + "-" + n) + "\n";
    }

    private static String toPersianDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : (char) c));
        return b.toString();
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
            BackgroundWork.Job job = work.find(id, "import-manager").orElseThrow();
            if (job.state() != BackgroundWork.State.RUNNING) {
                assertThat(job.state()).as(job.resultKey()).isEqualTo(BackgroundWork.State.DONE);
                assertThat(job.resultKey()).isEqualTo("serviceImport.job.done");
                assertThat(mvc.perform(get(url).with(MANAGER)).andReturn().getResponse().getContentAsString())
                        .contains("id=\"job-result\"").doesNotContain("hx-trigger");
                return job;
            }
            assertThat(System.nanoTime()).as("the import job ends within a minute").isLessThan(until);
            Thread.sleep(50);
        }
    }

    @Test
    void aLargeFileIsPreviewedAPageAtATimeWithItsErrorsFirstAndSavedInTheBackground() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 118; i++) {
            csv.append(goodRow(i));
        }
        csv.append("نقاشی;").append(code).append(";;1405/06/01;;;;").append(doc).append("-BAD1\n");
        csv.append("نقاشی;").append(code).append(";;1405/06/01;;;;").append(doc).append("-BAD2\n");
        UUID batch = uploadCsv(csv.toString());
        String first = mvc.perform(get("/service-records/import/" + batch).with(MANAGER)).andReturn().getResponse()
                .getContentAsString();
        assertThat(first).contains(doc + "-BAD1", doc + "-BAD2", "صفحه ۱ از ۳").doesNotContain("گزارش 60<");
        assertThat(first.split("scope=\"row\"", -1).length - 1).as("rows on the first page").isEqualTo(PreviewPages.SIZE);
        String last = mvc.perform(get("/service-records/import/" + batch).param("page", "2").with(MANAGER)).andReturn()
                .getResponse().getContentAsString();
        assertThat(last).contains("گزارش 118<", "صفحه ۳ از ۳").doesNotContain(doc + "-BAD1");

        BackgroundWork.Job job = finished(mvc.perform(post("/service-records/import/" + batch + "/confirm")
                .param("mode", "VALID_ONLY").param("skipErrors", "true").with(MANAGER).with(csrf())).andReturn());
        assertThat(job.resultArgs()).containsExactly("118");
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.resultUrl()).isEqualTo("/service-records");
        assertThat(mvc.perform(get("/jobs/" + job.id()).with(MANAGER)).andReturn().getResponse().getContentAsString())
                .contains("ورود مستندات خدمات انجام شد: ۱۱۸ مورد ثبت شد.", "aria-valuenow=\"100\"");
        assertThat(records()).isEqualTo(118);
        assertThat(mvc.perform(get("/jobs/" + job.id()).with(user("someone-else").roles("MANAGER"))).andReturn().getResponse()
                .getStatus()).as("a job is its owner's only").isEqualTo(404);
    }

    @Test
    void goodRowsWithPersianDigitsAndJalaliDatesAreImported() throws Exception {
        UUID batch = uploadCsv(HEADER + goodRow(1) + goodRow(2));
        mvc.perform(get("/service-records/import/" + batch).with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("همهٔ ردیف‌ها درست هستند.")))
                .andExpect(content().string(containsString("گزارش 1")));
        assertThat(finished(mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "ALL")
                .with(MANAGER).with(csrf())).andReturn()).resultArgs()).containsExactly("2");
        assertThat(records()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select done_on from service_record where external_ref = ?", LocalDate.class,
                doc + "-1")).isEqualTo(LocalDate.of(2026, 8, 24));
        assertThat(jdbc.queryForObject("select status from service_record where external_ref = ?", String.class,
                doc + "-1")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from service_import_batch where id = ?", Integer.class, batch))
                .isZero();

        // the same document numbers again are errors ("imported before"), so ALL writes nothing
        UUID again = uploadCsv(HEADER + goodRow(1));
        mvc.perform(get("/service-records/import/" + again).with(MANAGER))
                .andExpect(content().string(containsString("قبلاً وارد شده است")));
    }

    @Test
    void aBadRowWithModeAllWritesNothing() throws Exception {
        int before = jdbc.queryForObject("select count(*) from service_record", Integer.class);
        UUID batch = uploadCsv(HEADER + goodRow(1)
                + "نقاشی;" + code + ";;1405/06/01;;;;" + doc + "-2\n"
                + "تعمیر;" + code + ";;;1499/01/01;;;" + doc + "-3\n");
        mvc.perform(get("/service-records/import/" + batch).with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("نوع خدمت «نقاشی» شناخته نشد.")))
                .andExpect(content().string(containsString("تاریخ انجام نمی‌تواند در آینده باشد.")));
        mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "ALL").with(MANAGER).with(csrf()))
                .andExpect(redirectedUrl("/service-records/import/" + batch))
                .andExpect(flash().attribute("refused", "serviceImport.confirm.hasErrors"));
        assertThat(jdbc.queryForObject("select count(*) from service_record", Integer.class)).isEqualTo(before);
    }

    @Test
    void validOnlyNeedsTheCheckboxAndThenWritesExactlyTheValidRows() throws Exception {
        UUID batch = uploadCsv(HEADER + goodRow(1) + goodRow(2)
                + "تعمیر;NO-SUCH-" + doc + ";;1405/06/01;;;;" + doc + "-3\n"
                + "تعمیر;" + code + ";;1405/06/01;;;;" + doc + "-1\n"); // repeats document 1 of this file
        mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "VALID_ONLY").with(MANAGER).with(csrf()))
                .andExpect(flash().attribute("refused", "serviceImport.confirm.acknowledgeRequired"));
        assertThat(records()).isZero();
        assertThat(finished(mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "VALID_ONLY")
                        .param("skipErrors", "true").with(MANAGER).with(csrf())).andReturn()).resultArgs()).containsExactly("2");
        assertThat(jdbc.queryForList("select external_ref from service_record where external_ref like ? order by 1",
                String.class, doc + "%")).containsExactly(doc + "-1", doc + "-2");
    }

    @Test
    void anXlsxWithEnglishHeadersAndExcelDateCellsIsImported() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            String[] keys = {"type", "customer_code", "equipment_serial", "done_on", "external_ref"};
            for (int i = 0; i < keys.length; i++) {
                header.createCell(i).setCellValue(keys[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("PREVENTIVE_MAINTENANCE");
            row.createCell(1).setCellValue(code);
            row.createCell(2).setCellValue(serial);
            row.createCell(3).setCellValue(LocalDate.of(2026, 5, 4));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(doc + "-1");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        UUID batch = upload("erp.xlsx", xlsx);
        finished(mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "ALL").with(MANAGER).with(csrf()))
                .andReturn());
        assertThat(jdbc.queryForObject("select done_on from service_record where external_ref = ?", LocalDate.class,
                doc + "-1")).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aPictureNamedCsvIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(multipart("/service-records/import").file(new MockMultipartFile("file", "erp.csv", "text/csv", png))
                        .with(MANAGER).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fileError", "serviceImport.file.unsupported"))
                .andExpect(content().string(containsString("UTF-8")));
    }

    @Test
    void aTechnicalExpertMayNotImportAndABatchBelongsToItsUploader() throws Exception {
        RequestPostProcessor expert = user("expert").roles("TECHNICAL_EXPERT");
        mvc.perform(get("/service-records/import").with(expert)).andExpect(status().isForbidden());
        mvc.perform(multipart("/service-records/import")
                .file(new MockMultipartFile("file", "erp.csv", "text/csv", (HEADER + goodRow(1)).getBytes(StandardCharsets.UTF_8)))
                .with(expert).with(csrf())).andExpect(status().isForbidden());
        UUID batch = uploadCsv(HEADER + goodRow(1));
        mvc.perform(get("/service-records/import/" + batch).with(expert)).andExpect(status().isForbidden());
        mvc.perform(get("/service-records/import/" + batch).with(user("other-manager").roles("MANAGER")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/service-records/import/" + batch + "/confirm").param("mode", "ALL")
                .with(user("other-manager").roles("MANAGER")).with(csrf())).andExpect(status().isNotFound());
        assertThat(records()).isZero();
    }

    @Test
    void theTemplateHasThePersianHeaders() throws Exception {
        byte[] xlsx = mvc.perform(get("/service-records/import/template").with(MANAGER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("نوع خدمت");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("کد مشتری");
            assertThat(header.getLastCellNum()).isEqualTo((short) ServiceColumn.values().length);
        }
        mvc.perform(get("/service-records/import").with(MANAGER)).andExpect(status().isOk())
                .andExpect(content().string(containsString("نگهداری پیشگیرانه")));
    }
}
