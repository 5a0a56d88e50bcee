package ir.shenava.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.hostile.Routes.Body;
import ir.shenava.hostile.Routes.Field;
import ir.shenava.hostile.Routes.Route;
import ir.shenava.hostile.WalkerClient.Part;
import ir.shenava.platform.PublicEndpoints;
import ir.shenava.staff.Role;
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
 * Every form the application has (found in its handler mappings, so tomorrow's form is walked too)
 * is sent as a person would send it by mistake: with an impossible Jalali date (1404/12/30: Esfand
 * 1404 has 29 days) in each date field, and with every field empty. Asserted: never a 5xx, never
 * the bare 400 page; the page that answers (or the page the form came from, after a redirect)
 * shows a Persian message — for a date, the one that says why.
 */
@ShenavaIntegrationTest
class FormsWalkTest {

    private static final Pattern PERSIAN = Pattern.compile("[\u0600-\u06FF]");
    private static final Pattern DATE_NAME = Pattern.compile("(?i).*(date|dueon|followupon|doneon|plannedon|since|day)$");
    /** The message a date field must give for 1404/12/30. */
    private static final String WHY = "اسفند ۱۴۰۴ ۲۹ روز دارد";
    /** The title of the bare 400 page (i18n/hardening: error.400.title). */
    private static final String BARE_400 = "درخواست خوانا نبود";
    private static final List<String> MESSAGE_MARKS = List.of("alert-danger", "invalid-feedback", "is-invalid", "text-danger");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PublicEndpoints> publicEndpoints;

    final String run = Long.toString(Math.abs(new Random().nextLong()) % 46656 + 46656, 36).toLowerCase(Locale.ROOT);
    final Map<Role, WalkerClient> staff = new EnumMap<>(Role.class);
    final IdLookup ids = new IdLookup();
    final List<String> failures = new ArrayList<>();
    final List<String> acceptedEmpty = new ArrayList<>();
    String base;
    WalkerClient anonymous;

    @Test
    void everyFormAnswersABadDateAndEmptyFieldsWithAPersianMessageOnItsPage() {
        base = "http://localhost:" + port;
        anonymous = WalkerClient.anonymous(base);
        RouteWalk.fixture(client(Role.CEO), run);
        List<Route> forms = Routes.of(mappings.getHandlerMethods()).stream()
                .filter(r -> !r.api() && r.method().equals("POST") && (r.body() == Body.FORM || r.body() == Body.MULTIPART))
                .filter(r -> r.fields().stream().anyMatch(f -> !f.header() && !f.file()))
                .toList();
        assertThat(forms).as("the walk finds the forms").hasSizeGreaterThan(30)
                .anyMatch(r -> r.pattern().equals("/cases/{id}/assign"));
        int dated = 0;
        for (Route route : forms) {
            WalkerClient client = clientFor(route);
            String path = path(route);
            List<Field> dates = route.fields().stream()
                    .filter(f -> !f.header() && (f.type() == java.time.LocalDate.class
                            || (f.type() == String.class && DATE_NAME.matcher(f.name()).matches())))
                    .toList();
            if (!dates.isEmpty()) {
                dated++;
                List<Part> parts = new ArrayList<>();
                for (Field f : route.fields()) {
                    if (!f.header() && !f.file()) {
                        parts.add(Part.text(f.name(), dates.contains(f) ? "1404/12/30"
                                : HostileCorpus.plausible(f.name(), f.type(), n -> ids.id(jdbc, n, route.pattern()))));
                    }
                }
                String page = answer(route, "an impossible date", client, path, parts);
                if (page != null && dates.stream().anyMatch(f -> f.type() == java.time.LocalDate.class) && !page.contains(WHY)) {
                    failures.add(route + " an impossible date: the page does not say why (" + WHY + ")");
                }
            }
            String page = answer(route, "every field empty", client, path, new ArrayList<>());
            if (page != null && MESSAGE_MARKS.stream().noneMatch(page::contains)) {
                acceptedEmpty.add(route.toString());
            }
        }
        System.out.printf("forms walk: %d forms, %d with dates; accepted with every field empty (nothing required): %s%n",
                forms.size(), dated, acceptedEmpty);
        assertThat(dated).as("forms with date fields").isGreaterThanOrEqualTo(5);
        assertThat(failures).as("forms that ended on a bare error page or without a Persian message").isEmpty();
    }

    /** Sends the form from a page of the site; the page shown after it (followed through one redirect), or null after a failure. */
    private String answer(Route route, String what, WalkerClient client, String path, List<Part> parts) {
        parts.add(Part.text("_csrf", client.token()));
        String from = client == anonymous ? "/track" : "/account/password";
        Map<String, String> headers = Map.of("Referer", base + from);
        HttpResponse<String> response = route.body() == Body.MULTIPART
                ? client.send("POST", path, "multipart/form-data; boundary=" + WalkerClient.BOUNDARY, WalkerClient.multipart(parts), headers)
                : client.send("POST", path, "application/x-www-form-urlencoded", WalkerClient.form(parts), headers);
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
            if (!location.startsWith("/")) {
                return null;   // away from the site (a download, a public page elsewhere): nothing to read here
            }
            HttpResponse<String> shown = client.get(location);
            status = shown.statusCode();
            body = shown.body() == null ? "" : shown.body();
            if (status >= 300 && status < 400) {
                return null;   // a second redirect (a login, a start page): the form was handled
            }
        }
        // a 400 is the bare error page unless the form's own page answered it (a signed link's page
        // saying the link is broken answers 400 too, in Persian, with what to do)
        boolean bare400 = status == 400 && (body.contains(BARE_400)
                || !PERSIAN.matcher(body).find());
        if (status >= 500 || bare400) {
            failures.add(route + " " + what + " → " + status);
            return null;
        }
        if (status > 400 && status != 403 && status != 404 && status != 409) {
            failures.add(route + " " + what + " → " + status);
            return null;
        }
        if (!PERSIAN.matcher(body).find()) {
            failures.add(route + " " + what + " → " + status + " without a Persian message");
            return null;
        }
        return status == 200 ? body : null;
    }

    private String path(Route route) {
        String p = route.pattern();
        for (String variable : route.pathVariables()) {
            p = p.replaceAll("\\{" + variable + "(:[^}]*)?}", ids.id(jdbc, variable, route.pattern()));
        }
        return p;
    }

    private WalkerClient clientFor(Route route) {
        return isPublic(route.pattern()) && route.role().isEmpty() ? anonymous : client(route.role().orElse(Role.CEO));
    }

    private WalkerClient client(Role role) {
        return staff.computeIfAbsent(role, r -> {
            String username = "forms-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + run;
            String temporary = "temporary-" + UUID.randomUUID();
            String password = "Forms-" + UUID.randomUUID();
            accounts.create(username, temporary, new StaffAccounts.Profile("فرم‌پیما " + r.name(), null, null, null, null,
                    java.util.EnumSet.of(r), true));
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
}
