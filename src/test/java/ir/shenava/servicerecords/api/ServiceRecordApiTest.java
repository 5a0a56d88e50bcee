package ir.shenava.servicerecords.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.customers.CustomerKind;
import ir.shenava.customers.internal.Customer;
import ir.shenava.customers.internal.CustomerRegistry;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.apikeys.ApiKeyPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@ShenavaIntegrationTest
class ServiceRecordApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CustomerRegistry customers;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    String key;
    String code;
    String serial;

    @BeforeEach
    void aKeyAndACustomerWithAUnit() throws Exception {
        key = ApiKeyPages.issue(mvc, "ERP " + UUID.randomUUID(), ApiScope.SERVICE_RECORDS_WRITE);
        code = "API-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Customer customer = customers.create(new CustomerRegistry.CustomerData(code, "مشتری " + code,
                CustomerKind.HOSPITAL, null, null, null, null, null));
        serial = "SN-" + UUID.randomUUID();
        customers.saveEquipment(customer.getId(), null, new CustomerRegistry.EquipmentData(null, "مدل", serial, null, null));
    }

    private MvcResult postRecord(String body) throws Exception {
        return mvc.perform(post("/api/v1/service-records").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private String body(String type, String doneOn, String ref) {
        return """
                {"type": "%s", "customerCode": "%s", "equipmentSerial": "%s", "plannedOn": "1405/07/01",
                 "doneOn": "%s", "staffUsernames": ["admin"], "report": "نصب انجام شد", "externalRef": "%s"}
                """.formatted(type, code, serial, doneOn, ref);
    }

    @Test
    void aNewServiceIsCreatedAndTheSameExternalRefAgainReturnsIt() throws Exception {
        String ref = "DOC-" + UUID.randomUUID();
        MvcResult created = postRecord(body("INSTALLATION", "2026-09-20", ref));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode record = json.readTree(created.getResponse().getContentAsString());
        long id = record.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/service-records/" + id);
        assertThat(record.get("status").asString()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select count(*) from service_record where external_ref = ? and done_on = '2026-09-20'",
                Integer.class, ref)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select created_by from service_record where id = ?", String.class, id))
                .isEqualTo("api:" + key.substring(0, 8));

        MvcResult again = postRecord(body("INSTALLATION", "2026-09-20", ref));
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getResponse().getContentAsString()).get("id").asLong()).isEqualTo(id);
        assertThat(jdbc.queryForObject("select count(*) from service_record where external_ref = ?", Integer.class, ref))
                .isEqualTo(1);

        mvc.perform(get("/api/v1/service-records/" + id).header("X-Api-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customerCode").value(code))
                .andExpect(jsonPath("$.equipmentSerial").value(serial.toUpperCase()))
                .andExpect(jsonPath("$.plannedOn").value("2026-09-23"))
                .andExpect(jsonPath("$.staffUsernames[0]").value("admin"));
    }

    @Test
    void persianTypeAndJalaliDateInPersianDigitsAreUnderstood() throws Exception {
        MvcResult created = postRecord(body("نصب و راه‌اندازی و آموزش", "۱۴۰۵/۰۶/۲۹", "DOC-" + UUID.randomUUID()));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode record = json.readTree(created.getResponse().getContentAsString());
        assertThat(record.get("type").asString()).isEqualTo("INSTALLATION_COMMISSIONING_TRAINING");
        assertThat(record.get("doneOn").asString()).isEqualTo("2026-09-20");
    }

    @Test
    void invalidFieldsAre400ProblemDetailsWithPersianMessages() throws Exception {
        String body = """
                {"type": "PAINTING", "customerCode": "NO-SUCH-%s", "doneOn": "2099-01-01", "staffUsernames": ["nobody-%s"]}
                """.formatted(UUID.randomUUID(), UUID.randomUUID());
        mvc.perform(post("/api/v1/service-records").header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("اطلاعات ارسال‌شده معتبر نیست."))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("customerCode")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("doneOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("staffUsernames")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("نوع خدمت «PAINTING» شناخته نشد.")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem("تاریخ انجام نمی‌تواند در آینده باشد.")));
        mvc.perform(post("/api/v1/service-records").header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
    }

    @Test
    void aSerialOfAnotherCustomerIsRefused() throws Exception {
        String mine = serial;
        aKeyAndACustomerWithAUnit();
        String body = """
                {"type": "REPAIR", "customerCode": "%s", "equipmentSerial": "%s", "doneOn": "1405/01/10"}
                """.formatted(code, mine);
        mvc.perform(post("/api/v1/service-records").header("X-Api-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentSerial"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("مشتری دیگری")));
    }

    @Test
    void theOpenApiDescriptionListsTheEndpointWithoutLogin() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/service-records'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-Api-Key"));
    }
}
