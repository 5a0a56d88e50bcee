package ir.shenava.intake.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.shared.PersianText;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.StaffTeam;
import ir.shenava.staff.apikeys.ApiKeyPages;
import ir.shenava.staff.internal.DepartmentRepository;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@ShenavaIntegrationTest
class ComplaintApiTest {

    static final String NOT_FOUND = "شکایتی با این کد رهگیری و این مشخصات پیدا نشد. کد و چهار رقم آخر تلفن یا ایمیل را بررسی کنید.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    DepartmentRepository departments;

    String key;
    String phone;      // Latin digits, "0912…"
    String email;

    @BeforeEach
    void aKeyAndAComplainant() throws Exception {
        key = ApiKeyPages.issue(mvc, "Website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        phone = "0912" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        email = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ir";
    }

    private String body(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of(
                "contactName", "مريم كاظمي",
                "organisation", "بيمارستان ميلاد",
                "phone", PersianText.persianDigits(phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7)),
                "email", email,
                "category", "SALES",
                "satisfaction", 2,
                "subject", "تأخیر در تحویل",
                "description", "دستگاه دو ماه ديرتر از قرارداد رسيد",
                "remedySought", "جبران خسارت"));
        fields.forEach((k, v) -> {
            if (v == null) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return json.writeValueAsString(body);
    }

    private MockHttpServletRequestBuilder postComplaint(String body) {
        return post("/api/v1/complaints").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode created(String body) throws Exception {
        MvcResult result = mvc.perform(postComplaint(body)).andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private Map<String, Object> row(String trackingCode) {
        return jdbc.queryForMap("select * from complaint where tracking_code = ?", trackingCode.replace("-", ""));
    }

    @Test
    void aComplaintWithPersianDigitsIsRegisteredAndTheSameKeyAgainReturnsIt() throws Exception {
        String idem = "web-" + UUID.randomUUID();
        MvcResult result = mvc.perform(postComplaint(body(Map.of("idempotencyKey", idem))))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn();
        JsonNode complaint = json.readTree(result.getResponse().getContentAsString());
        String code = complaint.get("trackingCode").asString();
        assertThat(code).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(result.getResponse().getHeader("Location")).endsWith("/api/v1/complaints/" + code);
        assertThat(complaint.get("receivedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(complaint.get("receivedAtJalali").asString()).matches("14\\d{2}/\\d{2}/\\d{2}");

        Map<String, Object> row = row(code);
        assertThat(row.get("channel")).isEqualTo("WEB_FORM");
        assertThat(row.get("confidential")).isEqualTo(false);
        assertThat(row.get("contact_phone")).isEqualTo("+98" + phone.substring(1));
        assertThat(row.get("contact_name")).isEqualTo("مریم کاظمی");
        assertThat(row.get("organisation")).isEqualTo("بیمارستان میلاد");
        assertThat(row.get("description")).isEqualTo("دستگاه دو ماه دیرتر از قرارداد رسید");
        assertThat(row.get("category_code")).isEqualTo("SALES");
        assertThat(((Number) row.get("satisfaction")).intValue()).isEqualTo(2);
        assertThat(row.get("submission_key")).isEqualTo("api:" + key.substring(0, 8) + ":" + idem);

        // the same key again, this time as the header: the same complaint, 200
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", key).header("Idempotency-Key", idem)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.receivedAt").value(complaint.get("receivedAt").asString()));
        assertThat(jdbc.queryForObject("select count(*) from complaint where submission_key = ?", Integer.class,
                "api:" + key.substring(0, 8) + ":" + idem)).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyOfAnotherClientMakesAnotherComplaint() throws Exception {
        String idem = "shared-" + UUID.randomUUID();
        String first = created(body(Map.of("idempotencyKey", idem))).get("trackingCode").asString();
        key = ApiKeyPages.issue(mvc, "Other website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        String second = created(body(Map.of("idempotencyKey", idem))).get("trackingCode").asString();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void invalidFieldsAre400ProblemDetailsWithPersianMessagesPerField() throws Exception {
        mvc.perform(postComplaint(body(Map.of("contactName", "  ", "phone", "۱۲۳", "satisfaction", 9,
                        "category", "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 6), "channel", "EMAIL"))))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("درخواست نامعتبر"))
                .andExpect(jsonPath("$.detail").value("اطلاعات ارسال‌شده معتبر نیست."))
                .andExpect(jsonPath("$.instance").value("/api/v1/complaints"))
                .andExpect(jsonPath("$.errors[?(@.field == 'contactName')].message").value(hasItem("این خانه را پر کنید.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message")
                        .value(hasItem(containsString("شماره تلفن معتبر نیست"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'satisfaction')].message")
                        .value(hasItem("سطح رضایت باید عددی از ۱ تا ۵ باشد.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'category')].message")
                        .value(hasItem(containsString("شناخته نشد"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'channel')].message")
                        .value(hasItem("کانال فقط می‌تواند WEB_FORM یا CEO_PAGE باشد.")));

        // neither phone nor email; also, Persian whatever the browser-like Accept-Language …
        java.util.HashMap<String, Object> noContact = new java.util.HashMap<>();
        noContact.put("phone", null);
        noContact.put("email", null);
        mvc.perform(postComplaint(body(noContact)).header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value("تلفن یا ایمیل را بنویسید تا بتوانیم پاسخ دهیم."));
        // … but English when asked for
        mvc.perform(postComplaint(body(noContact)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The data sent is not valid."))
                .andExpect(jsonPath("$.errors[0].message").value("Give a phone number or an email so that we can answer."));
        assertThat(jdbc.queryForObject("select count(*) from complaint where contact_email = ? or contact_phone = ?",
                Integer.class, email, "+98" + phone.substring(1))).isZero();
    }

    @Test
    void aStaffBehaviourComplaintNamingAStaffMemberGoesToTheHeadOfTheirDepartment() throws Exception {
        StaffTeam team = StaffTeam.create(accounts, departments);
        // part of the name, as the public form takes it
        Map<String, Object> row = row(created(body(Map.of("category", "STAFF_BEHAVIOUR",
                "concernedStaffName", "بهرام " + team.tag()))).get("trackingCode").asString());
        assertThat(((Number) row.get("concerned_staff_id")).longValue()).isEqualTo(team.expert());
        assertThat(((Number) row.get("owner_id")).longValue()).isEqualTo(team.head());
    }

    @Test
    void aNameThatFitsNobodyOrSeveralPeopleIsNoErrorAndTheComplaintIsRoutedAsWithoutIt() throws Exception {
        StaffTeam team = StaffTeam.create(accounts, departments);
        StaffTeam.person(accounts, "twin" + team.tag(), "بهرام " + team.tag() + " کریمی", null, null);
        Object usualOwner = row(created(body(Map.of("category", "STAFF_BEHAVIOUR"))).get("trackingCode").asString())
                .get("owner_id");
        for (String name : new String[] {"نام ناشناس " + team.tag(), "بهرام " + team.tag()}) {
            Map<String, Object> row = row(created(body(Map.of("category", "STAFF_BEHAVIOUR", "concernedStaffName", name)))
                    .get("trackingCode").asString());
            assertThat(row.get("concerned_staff_id")).as(name).isNull();
            assertThat(row.get("owner_id")).as(name).isEqualTo(usualOwner).isNotEqualTo(team.head());
        }
    }

    @Test
    void aConcernedStaffNameOver150CharactersIsAProblemOfThatField() throws Exception {
        mvc.perform(postComplaint(body(Map.of("category", "STAFF_BEHAVIOUR", "concernedStaffName", "ب".repeat(151)))))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("concernedStaffName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("بیش از")));
        assertThat(jdbc.queryForObject("select count(*) from complaint where contact_email = ?", Integer.class, email))
                .isZero();
        created(body(Map.of("category", "STAFF_BEHAVIOUR", "concernedStaffName", "ب".repeat(150))));
    }

    @Test
    void anUnreadableBodyIsAProblemAndNeverAStackTrace() throws Exception {
        mvc.perform(postComplaint("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("JSON")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(postComplaint("{\"satisfaction\": \"very\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", key)
                        .contentType(MediaType.TEXT_PLAIN).content("contactName=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("JSON")));
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", key).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aScriptIsStoredAsTextAndReturnedAsJsonData() throws Exception {
        String script = "<script>alert('x')</script>";
        String code = created(body(Map.of("subject", "عنوان " + script, "description", "شرح " + script)))
                .get("trackingCode").asString();
        assertThat(row(code).get("description")).isEqualTo("شرح " + script);
        MvcResult result = mvc.perform(get("/api/v1/complaints/" + code).param("verifier", email)
                        .header("X-Api-Key", key))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn();
        assertThat(json.readTree(result.getResponse().getContentAsString()).get("subject").asString())
                .isEqualTo("عنوان " + script);
    }

    @Test
    void theRightVerifierShowsTheStatusAndAWrongOneIsAnUninformative404() throws Exception {
        JsonNode complaint = created(body(Map.of()));
        String code = complaint.get("trackingCode").asString();
        String lastFour = PersianText.persianDigits(phone.substring(phone.length() - 4));
        // the case opens after the commit, on another thread, and acknowledges a reachable complainant at once
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                mvc.perform(get("/api/v1/complaints/" + code).param("verifier", lastFour).header("X-Api-Key", key))
                        .andReturn().getResponse().getContentAsString().contains("\"ACKNOWLEDGED\""));

        mvc.perform(get("/api/v1/complaints/" + code.toLowerCase().replace("-", "")).param("verifier", lastFour)
                        .header("X-Api-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code))
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.statusText").value("اعلام وصول شد"))
                .andExpect(jsonPath("$.subject").value("تأخیر در تحویل"))
                .andExpect(jsonPath("$.receivedAt").value(complaint.get("receivedAt").asString()))
                .andExpect(jsonPath("$.receivedAtJalali").value(complaint.get("receivedAtJalali").asString()));
        mvc.perform(get("/api/v1/complaints/" + code).param("verifier", email.toUpperCase()).header("X-Api-Key", key))
                .andExpect(status().isOk());

        String wrong = phone.endsWith("0000") ? "1111" : "0000";
        String wrongVerifier = mvc.perform(get("/api/v1/complaints/" + code).param("verifier", wrong)
                        .header("X-Api-Key", key))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(NOT_FOUND))
                .andReturn().getResponse().getContentAsString();
        String wrongCode = mvc.perform(get("/api/v1/complaints/ZZZZZ-ZZZZZ").param("verifier", lastFour)
                        .header("X-Api-Key", key))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(wrongCode).get("detail")).isEqualTo(json.readTree(wrongVerifier).get("detail"));
        mvc.perform(get("/api/v1/complaints/" + code).header("X-Api-Key", key))
                .andExpect(status().isNotFound());
    }

    @Test
    void manyWrongGuessesFromOneKeyAreThrottled() throws Exception {
        // spread over three codes, so that no code reaches its own lock (10 wrong in an hour)
        String[] codes = new String[3];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = created(body(Map.of())).get("trackingCode").asString();
        }
        String code = codes[0];
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/complaints/" + codes[i % 3]).param("verifier", "wrong-" + i + "-" + email)
                            .header("X-Api-Key", key))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/complaints/" + code).param("verifier", email).header("X-Api-Key", key))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("ربع ساعت")));
        // another client is not held back by this one
        key = ApiKeyPages.issue(mvc, "Another website " + UUID.randomUUID(), ApiScope.COMPLAINTS_WRITE);
        mvc.perform(get("/api/v1/complaints/" + code).param("verifier", email).header("X-Api-Key", key))
                .andExpect(status().isOk());
    }

    @Test
    void aKeyWithoutTheScopeIs403AndNoKeyIs401() throws Exception {
        String other = ApiKeyPages.issue(mvc, "ERP " + UUID.randomUUID(), ApiScope.SERVICE_RECORDS_WRITE);
        mvc.perform(post("/api/v1/complaints").header("X-Api-Key", other)
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of())))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/complaints/ZZZZZ-ZZZZZ").param("verifier", "1234").header("X-Api-Key", other))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(body(Map.of())))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
        assertThat(jdbc.queryForObject("select count(*) from complaint where contact_email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aComplaintToTheCeoIsConfidentialAndTrackedTheSameWay() throws Exception {
        String code = created(body(Map.of("channel", "CEO_PAGE"))).get("trackingCode").asString();
        Map<String, Object> row = row(code);
        assertThat(row.get("channel")).isEqualTo("CEO_PAGE");
        assertThat(row.get("confidential")).isEqualTo(true);
        mvc.perform(get("/api/v1/complaints/" + code).param("verifier", email).header("X-Api-Key", key))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trackingCode").value(code));
        mvc.perform(get("/api/v1/complaints/" + code).param("verifier", "nobody@example.ir").header("X-Api-Key", key))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDescriptionListsBothPaths() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/{trackingCode}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post.description").value(containsString("Attachments")))
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post.description")
                        .value(containsString("concernedStaffName")))
                .andExpect(jsonPath("$.components.schemas.ComplaintApiRequest.properties.concernedStaffName.maxLength")
                        .value(150))
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post.security[*].apiKey").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post.responses['415']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints'].post.requestBody.content['application/json'].examples")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/complaints/{trackingCode}'].get.responses['429']").exists())
                .andExpect(jsonPath("$.tags[?(@.name == 'Complaints')]").exists());
    }
}
