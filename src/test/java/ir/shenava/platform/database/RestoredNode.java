package ir.shenava.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ir.shenava.ShenavaApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application started as an operator would after a restore — on the restored data directory,
 * its own embedded PostgreSQL started from it (no datasource URL) — as one more context of the test
 * JVM on its own port (the way {@code TwoNodesTest} starts its nodes), checked over HTTP and closed:
 * health, a staff sign-in, and a complaint from before the backup found on the public tracking page.
 * Its jobs, event resubmission and mail stay off: it must not write to the suite's mail server.
 */
final class RestoredNode {

    private static final Logger log = LoggerFactory.getLogger(RestoredNode.class);

    private RestoredNode() {
    }

    /** @param suiteDatabase the suite's own database URL, which the node must not be using */
    static void check(Path dataDir, String suiteDatabase, String username, String password, String trackingCode,
                      String verifier, String subject) {
        long started = System.nanoTime();
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ShenavaApplication.class).profiles("test")
                .run("--shenava.data-dir=" + dataDir, "--shenava.embedded-db.throw-away=false", "--server.port=0",
                        "--spring.jmx.enabled=false", "--spring.mail.host=",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--shenava.analytics.quarter-end-cron=-", "--shenava.analytics.action-check-cron=-",
                        "--management.endpoint.health.show-details=always");
        log.info("The application started on the restored data directory in {} ms",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        try {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            assertThat(node.getEnvironment().getProperty("spring.datasource.url")).as("its own embedded database")
                    .startsWith("jdbc:postgresql://127.0.0.1:").isNotEqualTo(suiteDatabase);
            health(new Visitor(), base);
            signIn(base, username, password);
            track(base, trackingCode, verifier, subject);
        } finally {
            node.close();
            log.info("Started, checked and closed in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    /**
     * UP, and so is every part; only the complaints mailboxes may be OUT_OF_SERVICE, when the
     * restored data holds a mailbox that had been failing for an hour (other tests' mailboxes): the
     * node then rightly reports it, with HTTP 200.
     */
    private static void health(Visitor visitor, String base) {
        HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                .header("Accept", "application/json").GET());
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(answer.body());
        JsonNode components = health.get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        components.properties().forEach(part -> {
            if (!part.getKey().equals("mailboxes")) {
                assertThat(part.getValue().get("status").asString()).as(part.getKey()).isEqualTo("UP");
            }
        });
        JsonNode mailboxes = components.get("mailboxes");
        String expected = mailboxes == null ? "UP" : mailboxes.get("status").asString();
        assertThat(expected).isIn("UP", "OUT_OF_SERVICE");
        assertThat(health.get("status").asString()).as(answer.body()).isEqualTo(expected);
    }

    private static void signIn(String base, String username, String password) {
        Visitor stranger = new Visitor();
        assertThat(stranger.get(base + "/holidays").statusCode()).as("a staff page without signing in").isEqualTo(302);
        Visitor staff = new Visitor();
        HttpResponse<String> login = staff.post(base + "/login", Map.of("username", username, "password", password),
                staff.token(base + "/login"));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        HttpResponse<String> page = staff.get(base + "/holidays");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("تعطیلات");
    }

    private static void track(String base, String code, String verifier, String subject) {
        Visitor customer = new Visitor();
        HttpResponse<String> found = customer.post(base + "/track", Map.of("code", code, "verifier", verifier),
                customer.token(base + "/track"));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(subject);
        HttpResponse<String> wrong = customer.post(base + "/track", Map.of("code", code, "verifier", "wrong@example.ir"),
                customer.token(base + "/track"));
        assertThat(wrong.body()).doesNotContain(subject);
    }

    /**
     * One browser with its cookies, coming through the local proxy from an address of its own: the
     * restored rate counters hold the suite's requests, and those must not count against this one.
     */
    private static final class Visitor {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final String address = "100.64." + (UUID.randomUUID().getMostSignificantBits() & 0xFF) + "."
                + (1 + (UUID.randomUUID().getLeastSignificantBits() & 0x7F));

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
        }

        String token(String url) {
            Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"|value=\"([^\"]*)\"\\s+name=\"_csrf\"")
                    .matcher(get(url).body());
            assertThat(m.find()).as("the form's CSRF token").isTrue();
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        HttpResponse<String> post(String url, Map<String, String> fields, String token) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token);
            String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            request.header("X-Forwarded-For", address).timeout(Duration.ofSeconds(60));
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
