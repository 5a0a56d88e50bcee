package ir.shenava.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.hostile.HostileCorpus.Hostile;
import ir.shenava.hostile.Routes.Route;
import ir.shenava.platform.PublicEndpoints;
import ir.shenava.staff.ApiScope;
import ir.shenava.staff.Role;
import ir.shenava.staff.apikeys.ApiKeys;
import ir.shenava.staff.internal.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The application's own routes under attack. Every form, upload and API route found in the handler
 * mappings (and every GET with inputs) is called as a role its {@code @PreAuthorize} admits, with
 * the hostile value in one field at a time; then the database is searched for what got stored.
 * Asserted: never a 5xx; a Persian message on every refusal; no script sent back unescaped; nothing
 * of a refused request stored; nothing stored with control or direction characters.
 */
@ShenavaIntegrationTest
class HostileInputTest {

    static final int MAX_PARAMETER = 20_000;
    static final Pattern PERSIAN = Pattern.compile("[\u0600-\u06FF]");
    static final String HOSTILE_STORED = "[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PublicEndpoints> publicEndpoints;
    @Autowired
    ir.shenava.branding.Branding branding;

    final String run = Long.toString(Math.abs(new Random().nextLong()) % 46656, 36).toLowerCase(Locale.ROOT);
    final AtomicInteger seq = new AtomicInteger();
    final Map<String, Sent> sent = new java.util.HashMap<>();
    final List<String> failures = new ArrayList<>();
    final Map<Role, WalkerClient> staff = new EnumMap<>(Role.class);
    final IdLookup ids = new IdLookup();
    WalkerClient anonymous;
    WalkerClient api;

    /** What a marker was sent in, and what came back. */
    record Sent(String what, int status, boolean mustNotStore) {
    }

    @Test
    void everyRouteSurvivesTheCorpusAndStoresNothingHostile() {
        // the walk sends sample texts to the company's brand too; other tests (mails in English) read it
        ir.shenava.branding.CompanyBrand brand = branding.current();
        try {
            walkEveryRoute();
        } finally {
            branding.save(brand.nameFa(), brand.nameEn(), brand.phone() == null ? null : new ir.shenava.shared.PhoneNumber(brand.phone()),
                    brand.addressFa(), brand.addressEn());
        }
    }

    private void walkEveryRoute() {
        long start = System.nanoTime();
        String base = "http://localhost:" + port;
        anonymous = WalkerClient.anonymous(base);
        api = WalkerClient.api(base, apiKeys.issue("walker-" + run, EnumSet.allOf(ApiScope.class), "walker").fullKey());
        WalkerClient ceo = client(base, Role.CEO);
        RouteWalk.fixture(ceo, run);

        List<Route> routes = Routes.of(mappings.getHandlerMethods());
        assertThat(routes).as("the walker finds the forms and the API").hasSizeGreaterThan(40)
                .anyMatch(r -> r.pattern().equals("/complaints/phone") && r.method().equals("POST"))
                .anyMatch(r -> r.pattern().startsWith("/api/") && r.body() == Routes.Body.JSON);
        for (Route route : routes) {
            clientFor(base, route);   // the sessions are made one after the other, before the walk
        }
        // three routes at a time: the walk waits on the server (and the database), not on this JVM
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<int[]>> walks = new ArrayList<>();
        for (Route route : routes) {
            walks.add(pool.submit(() -> {
                RouteWalk walk = new RouteWalk(route, clientFor(base, route), this::marker, this::check,
                        name -> ids.id(jdbc, name, route.pattern()));
                return new int[] {walk.walk(), walk.forbidden()};
            }));
        }
        int requests = 0;
        int refusedForRole = 0;
        for (java.util.concurrent.Future<int[]> walk : walks) {
            try {
                int[] counts = walk.get();
                requests += counts[0];
                refusedForRole += counts[1];
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        scanDatabase();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("hostile input: %d routes, %d requests, %d answered 403, %d ms%n", routes.size(), requests,
                refusedForRole, millis);
        assertThat(failures).as("hostile requests that broke something").isEmpty();
        assertThat(refusedForRole).as("the walker reaches the routes as an allowed role").isLessThan(requests / 10);
    }

    private synchronized WalkerClient clientFor(String base, Route route) {
        return route.api() ? api : isPublic(route.pattern()) && route.role().isEmpty()
                ? anonymous : client(base, route.role().orElse(Role.CEO));
    }

    private synchronized WalkerClient client(String base, Role role) {
        return staff.computeIfAbsent(role, r -> {
            String username = "walker-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + run;
            String temporary = "temporary-" + UUID.randomUUID();
            String password = "Walker-" + UUID.randomUUID();
            accounts.create(username, temporary, new StaffAccounts.Profile("رهرو " + r.name(), null, null, null, null,
                    EnumSet.of(r), true));
            accounts.changeOwnPassword(username, temporary, password);
            return WalkerClient.staff(base, username, password);
        });
    }

    private boolean isPublic(String pattern) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        String path = pattern.replaceAll("\\{[^}]+}", "1");
        return publicEndpoints.stream().flatMap(p -> p.patterns().stream())
                .anyMatch(p -> parser.parse(p).matches(PathContainer.parsePath(path)));
    }

    private String marker() {
        return "hz" + run + seq.incrementAndGet() + "q";
    }

    /** The checks on one answer; {@code marker} is null for requests without one. */
    private synchronized void check(String what, String marker, boolean mustNotStore, HttpResponse<String> response, WalkerClient client) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        String body = response.body() == null ? "" : response.body();
        if (marker != null) {
            sent.put(marker, new Sent(what, status, mustNotStore));
        }
        if (status >= 500) {
            // what the answer said, so that a failure seen once (on CI, say) can be told from its report
            String text = body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ").strip();
            failures.add(what + " → " + status + " at " + java.time.Instant.now() + " ("
                    + response.headers().firstValue("Content-Type").orElse("no content type") + "): "
                    + text.substring(0, Math.min(text.length(), 300)));
            return;
        }
        if (status >= 400 && body.isEmpty()) {
            failures.add(what + " → " + status + " with an empty body");
        }
        if ((status >= 400 || status == 200) && !body.isEmpty() && !PERSIAN.matcher(body).find()
                && !response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            failures.add(what + " → " + status + " without a Persian message");
        }
        if (status >= 400 && response.headers().firstValue("Content-Type").orElse("").contains("json")
                && !PERSIAN.matcher(body).find()) {
            failures.add(what + " → " + status + " problem without a Persian detail: " + body);
        }
        boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (marker != null && html && body.contains(HostileCorpus.scriptOf(marker))) {
            failures.add(what + " → " + status + " sent the script back unescaped");
        }
        if (status >= 300 && status < 400 && marker != null && what.endsWith(HostileCorpus.HTML.kind())
                && location.startsWith("/")) {
            HttpResponse<String> shown = client.get(location);
            if (shown.statusCode() >= 500 || shown.body().contains(HostileCorpus.scriptOf(marker))) {
                failures.add(what + " → the page " + location + " shows the stored value unescaped or fails: "
                        + shown.statusCode());
            }
        }
    }

    /** Every text column of every table: whatever carries a marker was stored by a walker request. */
    private void scanDatabase() {
        Pattern markers = Pattern.compile("hz" + run + "\\d+q");
        Pattern hostile = Pattern.compile(HOSTILE_STORED);
        Map<String, List<String>> columns = new java.util.TreeMap<>();
        jdbc.query("select table_name, column_name from information_schema.columns where table_schema = 'public' "
                        + "and data_type in ('text', 'character varying', 'json', 'jsonb')",
                rs -> {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                });
        columns.forEach((table, cols) -> {
            String text = "concat_ws(' ', " + String.join(", ", cols.stream().map(c -> "\"" + c + "\"::text").toList()) + ")";
            for (String row : jdbc.queryForList("select " + text + " from \"" + table + "\" where " + text + " ~ ?",
                    String.class, "hz" + run + "[0-9]+q")) {
                Matcher m = markers.matcher(row);
                while (m.find()) {
                    Sent s = sent.get(m.group());
                    if (s != null && (s.status() >= 400 || s.mustNotStore())) {
                        failures.add(s.what() + " → " + s.status() + " but stored in " + table);
                    }
                }
                Matcher h = hostile.matcher(row);
                if (h.find()) {
                    failures.add("stored in " + table + " with U+" + String.format("%04X", (int) h.group().charAt(0))
                            + ": " + row.substring(0, Math.min(120, row.length())));
                }
            }
        });
    }
}
