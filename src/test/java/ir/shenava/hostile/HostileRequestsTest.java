package ir.shenava.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.hostile.WalkerClient.Part;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.Role;
import ir.shenava.staff.apikeys.ApiKeys;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The requests named in the hardening report, over real HTTP: each used to answer 500. */
@ShenavaIntegrationTest
class HostileRequestsTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    ComplaintRepository complaints;

    WalkerClient expert() {
        String name = "h" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "temporary-123", new StaffAccounts.Profile("کارشناس " + name, null, null, null, null,
                EnumSet.of(Role.TECHNICAL_EXPERT), true));
        accounts.changeOwnPassword(name, "temporary-123", "Final-pass-12345");
        return WalkerClient.staff("http://localhost:" + port, name, "Final-pass-12345");
    }

    @Test
    void aNulInThePhoneFormIsDroppedAndTheComplaintStored() {
        WalkerClient expert = expert();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> logged = expert.send("POST", "/complaints/phone", "application/x-www-form-urlencoded",
                WalkerClient.form(List.of(Part.text("phone", "0912\u00001234567"), Part.text("contactName", "مشتری\u0000 تهی"),
                        Part.text("categoryCode", "AFTER_SALES"), Part.text("subject", "موضوع\u202E " + tag),
                        Part.text("description", "خط\u0000 اول\r\nخط دوم"), Part.text("submissionKey", UUID.randomUUID().toString()),
                        Part.text("_csrf", expert.token()))), Map.of());
        assertThat(logged.statusCode()).isEqualTo(302);
        long id = Long.parseLong(logged.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "").replaceAll("\\D", ""));
        Complaint stored = complaints.findById(id).orElseThrow();
        assertThat(stored.getSubject()).isEqualTo("موضوع " + tag);
        assertThat(stored.getDescription()).isEqualTo("خط اول\nخط دوم");
        assertThat(stored.getContactName()).isEqualTo("مشتری تهی");
    }

    @Test
    void aHundredKilobytesInAFieldWithoutItsOwnLimitIsRefusedInPersian() {
        WalkerClient expert = expert();
        HttpResponse<String> refused = expert.send("POST", "/complaints/phone", "application/x-www-form-urlencoded",
                WalkerClient.form(List.of(Part.text("phone", "09121234567"), Part.text("contactName", "مشتری"),
                        Part.text("subject", "موضوع"), Part.text("description", "شرح"),
                        Part.text("submissionKey", "k".repeat(100_000)), Part.text("_csrf", expert.token()))), Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("درخواست خوانا نبود");
    }

    @Test
    void searchBoxesTakeANul() {
        WalkerClient expert = expert();
        for (String page : List.of("/complaints?query=a%00b", "/cases?q=%00", "/customers?q=x%00y%E2%80%AE")) {
            assertThat(expert.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void theLanguageSwitchDoesNotSplitItsRedirect() {
        WalkerClient expert = expert();
        HttpResponse<String> switched = expert.get("/lang?lang=en&back=/customers%0D%0ASet-Cookie:%20evil=1");
        assertThat(switched.statusCode()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(switched.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("evil"));
    }

    @Test
    void anApiPostAsMultipartWithoutBoundaryIsAProblemDetailInPersian() {
        WalkerClient api = WalkerClient.api("http://localhost:" + port,
                apiKeys.issue("hostile-" + UUID.randomUUID(), EnumSet.allOf(ApiScope.class), "test").fullKey());
        HttpResponse<String> refused = api.send("POST", "/api/v1/complaints", "multipart/form-data", "a=b".getBytes(StandardCharsets.US_ASCII),
                Map.of());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":400").contains("درخواست خوانا نبود");
        HttpResponse<String> deep = api.send("POST", "/api/v1/complaints", "application/json",
                HostileCorpus.deepJson().getBytes(StandardCharsets.US_ASCII), Map.of());
        assertThat(deep.statusCode()).isEqualTo(400);
    }
}
