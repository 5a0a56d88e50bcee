package ir.shenava.servicerecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.servicerecords.internal.ServiceRecordRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ShenavaIntegrationTest
class ServiceRecordWebTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ServiceRecordRepository records;

    String expert;
    long expertId;
    long customerId;
    long equipmentId;
    String customerName;

    @BeforeEach
    void aCustomerAndAnExpert() {
        expert = "tech" + UUID.randomUUID().toString().substring(0, 6);
        expertId = accounts.create(expert, "expert-pass-123", new StaffAccounts.Profile("کارشناس فنی آزمون", null, null,
                null, null, EnumSet.of(Role.TECHNICAL_EXPERT), true)).getId();
        customerName = "بیمارستان خدمات " + UUID.randomUUID().toString().substring(0, 6);
        customerId = customers.create(new CustomerRegistry.CustomerData(null, customerName, CustomerKind.HOSPITAL, null,
                null, null, null, null)).getId();
        equipmentId = customers.saveEquipment(customerId, null, new CustomerRegistry.EquipmentData(null, "سونوگرافی",
                "SR-" + UUID.randomUUID(), null, null)).getId();
    }

    private MockHttpServletResponse as(RequestPostProcessor who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(who).with(csrf())).andReturn().getResponse();
    }

    private RequestPostProcessor theExpert() {
        return user(expert).roles("TECHNICAL_EXPERT");
    }

    private long recordDoneInstallation() throws Exception {
        MockHttpServletResponse created = as(theExpert(), post("/service-records/new")
                .param("customerId", String.valueOf(customerId)).param("type", "INSTALLATION_COMMISSIONING_TRAINING")
                .param("equipmentId", String.valueOf(equipmentId)).param("doneOn", "۱۴۰۵/۰۸/۲۰")
                .param("staffIds", String.valueOf(expertId)).param("report", "نصب و آموزش دو نفر از کارکنان"));
        assertThat(created.getStatus()).isEqualTo(302);
        return Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
    }

    @Test
    void anExpertRecordsAnInstallationWithItsSignedConfirmationForm() throws Exception {
        long id = recordDoneInstallation();
        assertThat(records.findById(id)).get().satisfies(r -> assertThat(r.getStatus()).isEqualTo(ServiceStatus.DONE));
        String page = as(theExpert(), get("/service-records/{id}", id)).getContentAsString();
        assertThat(page).contains("۲۰ آبان ۱۴۰۵").contains("نصب، راه‌اندازی و آموزش").contains("برگه تأییدیه بارگذاری نشده است");

        String missing = as(user("boss").roles("TECHNICAL_MANAGER"), get("/service-records/missing-confirmations")
                .param("month", "1405/08")).getContentAsString();
        assertThat(missing).contains(customerName);

        MockHttpServletResponse saved = as(theExpert(), multipart("/service-records/{id}/confirmation", id)
                .file(new MockMultipartFile("scan", "form.pdf", "application/pdf", PNG))   // a PNG, whatever its name says
                .param("filled", "true").param("stamped", "true").param("signed", "true").param("consistent", "true"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/service-records/" + id);
        assertThat(as(theExpert(), get("/service-records/{id}", id)).getContentAsString()).contains("برگه کامل");
        assertThat(as(user("boss").roles("TECHNICAL_MANAGER"), get("/service-records/missing-confirmations")
                .param("month", "1405/08")).getContentAsString()).doesNotContain(customerName);

        String timeline = as(user("c").roles("CALLER"), get("/service-records/timeline").param("customerId",
                String.valueOf(customerId))).getContentAsString();
        assertThat(timeline).contains("نصب، راه‌اندازی و آموزش").contains("۲۰ آبان ۱۴۰۵").doesNotContain("<html");
        assertThat(as(user("c").roles("CALLER"), get("/service-records/equipment/{id}", equipmentId)).getContentAsString())
                .contains("سابقه خدمات").contains("سونوگرافی");
    }

    @Test
    void scansAreShownOnlyToManagersAndToTheExpertsOfTheService() throws Exception {
        long id = recordDoneInstallation();
        as(theExpert(), multipart("/service-records/{id}/confirmation", id)
                .file(new MockMultipartFile("scan", "scan.png", "image/png", PNG)).param("signed", "true"));
        String link = as(theExpert(), get("/service-records/{id}", id)).getContentAsString()
                .replaceAll("(?s).*href=\"(/service-records/attachments/\\d+)\".*", "$1");
        assertThat(link).startsWith("/service-records/attachments/");

        MockHttpServletResponse own = as(theExpert(), get(link));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentType()).isEqualTo("image/png");
        assertThat(own.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(as(user("ceo").roles("CEO"), get(link)).getStatus()).isEqualTo(200);
        assertThat(as(user("other-tech").roles("TECHNICAL_EXPERT"), get(link)).getStatus()).isEqualTo(403);
        assertThat(as(user("caller").roles("CALLER"), get(link)).getStatus()).isEqualTo(403);
        assertThat(as(user("caller").roles("CALLER"), get("/service-records/{id}", id)).getContentAsString())
                .contains("دیدن برگه‌های تأییدیه و پیوست‌ها برای نقش شما مجاز نیست").doesNotContain(link);
    }

    @Test
    void uploadsAreCheckedByContentAndABadFileLosesNothing() throws Exception {
        long id = recordDoneInstallation();
        assertThat(mvc.perform(multipart("/service-records/{id}/attachments", id)
                .file(new MockMultipartFile("file", "report.pdf", "application/pdf", "not a pdf".getBytes()))
                .with(theExpert()).with(csrf())).andReturn().getFlashMap().get("error")).isEqualTo("upload.type");
        assertThat(mvc.perform(multipart("/service-records/{id}/confirmation", id).with(theExpert()).with(csrf())
                .param("signed", "true")).andReturn().getFlashMap().get("error")).isEqualTo("confirmation.scanRequired");
        MockHttpServletResponse future = as(theExpert(), post("/service-records/new")
                .param("customerId", String.valueOf(customerId)).param("type", "REPAIR").param("doneOn", "1499/01/01"));
        assertThat(future.getContentAsString()).contains("این تاریخ نمی‌تواند در آینده باشد");
        assertThat(as(user("caller").roles("CALLER"), post("/service-records/new")
                .param("customerId", String.valueOf(customerId)).param("type", "REPAIR")).getStatus()).isEqualTo(403);
    }
}
