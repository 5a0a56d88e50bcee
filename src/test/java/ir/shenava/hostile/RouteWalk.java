package ir.shenava.hostile;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import ir.shenava.hostile.HostileCorpus.Hostile;
import ir.shenava.hostile.Routes.Body;
import ir.shenava.hostile.Routes.Field;
import ir.shenava.hostile.Routes.Route;
import ir.shenava.hostile.WalkerClient.Part;
import tools.jackson.databind.json.JsonMapper;

/**
 * One route under the corpus: each field in turn carries a hostile value while the others are
 * plausible; then the request as a whole is spoilt (invalid UTF-8, wrong and malformed content
 * types, deeply nested JSON). The corpus is sampled per field to keep the whole walk short.
 */
final class RouteWalk {

    /** The test's checks on one answer. */
    interface Check {
        void check(String what, String marker, boolean mustNotStore, HttpResponse<String> response, WalkerClient client);
    }

    static final int MAX_PARAMETER = HostileInputTest.MAX_PARAMETER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Route route;
    private final WalkerClient client;
    private final Supplier<String> markers;
    private final Check check;
    private final Function<String, String> ids;
    private final String path;
    /** Each route gets every third of the spoilt whole requests, in turn: all of them across the routes. */
    private static final int WHOLE_SAMPLE = 3;
    private static final java.util.concurrent.atomic.AtomicInteger ROUTES = new java.util.concurrent.atomic.AtomicInteger();
    private final int sample = ROUTES.getAndIncrement() % WHOLE_SAMPLE;
    private int spoilt;
    private int requests;
    private int forbidden;

    RouteWalk(Route route, WalkerClient client, Supplier<String> markers, Check check, Function<String, String> ids) {
        this.route = route;
        this.client = client;
        this.markers = markers;
        this.check = check;
        this.ids = ids;
        String p = route.pattern();
        for (String variable : route.pathVariables()) {
            p = p.replaceAll("\\{" + variable + "(:[^}]*)?}", ids.apply(variable));
        }
        this.path = p;
    }

    /** A complaint (with its case) for the CEO's pages to be about. */
    static void fixture(WalkerClient ceo, String run) {
        ceo.send("POST", "/complaints/phone", "application/x-www-form-urlencoded", WalkerClient.form(List.of(
                Part.text("phone", "09121234567"), Part.text("contactName", "مشتری رهرو " + run),
                Part.text("categoryCode", "AFTER_SALES"), Part.text("subject", "موضوع رهرو"),
                Part.text("description", "شرح رهرو"), Part.text("submissionKey", UUID.randomUUID().toString()),
                Part.text("_csrf", ceo.token()))), Map.of());
    }

    int walk() {
        List<Field> inputs = route.fields().stream().filter(f -> !f.header()).toList();
        for (int i = 0; i < inputs.size(); i++) {
            Field field = inputs.get(i);
            if (field.file()) {
                files(field, i);
                continue;
            }
            hostile(field, HostileCorpus.CONTROLS);
            if (field.text()) {
                hostile(field, HostileCorpus.ROTATING.get(i % HostileCorpus.ROTATING.size()));
                if (!route.method().equals("GET")) {   // a GET's limit is Tomcat's 8 KB request line
                    tooLong(field, field.maxSize() == null ? MAX_PARAMETER : field.maxSize(), true);
                }
                if (field.maxSize() == null && !route.method().equals("GET")) {
                    tooLong(field, MAX_PARAMETER - 1, false);   // accepted by the door: must the field's own limit catch it?
                }
            }
        }
        if (!route.method().equals("GET")) {
            whole();
        }
        return requests;
    }

    int forbidden() {
        return forbidden;
    }

    private void hostile(Field field, Hostile hostile) {
        String marker = markers.get();
        send(field.name() + " = " + hostile.kind(), marker, false, values(field, hostile.value().apply(marker)), null);
    }

    private void tooLong(Field field, int limit, boolean over) {
        String marker = markers.get();
        send(field.name() + " = " + (limit + (over ? 1 : 0)) + " characters", marker, over,
                values(field, HostileCorpus.overLimit(marker, over ? limit : limit - 1)), null);
    }

    private void files(Field field, int i) {
        String marker = markers.get();
        List<String> names = HostileCorpus.fileNames(marker);
        Map<String, Object> values = values(null, null);
        values.put(field.name(), new Part(field.name(), null, names.get(i % names.size()), "image/png", HostileCorpus.png()));
        send(field.name() + " named " + names.get(i % names.size()).replace("\u0000", "\\0"), marker, false, values, null);
        String disguised = markers.get();
        values = values(null, null);
        values.put(field.name(), new Part(field.name(), null, "photo-" + disguised + ".png", "image/png",
                HostileCorpus.htmlDisguisedAsImage(disguised)));
        send(field.name() + " = HTML disguised as an image", disguised, false, values, null);
    }

    /** The whole request spoilt: bytes that are not UTF-8, content types wrong or broken, JSON nested 10,000 deep. */
    private void whole() {
        spoilt = 0;
        Map<String, Object> plain = values(null, null);
        byte[] form = WalkerClient.form(parts(plain));
        byte[] broken = new byte[form.length + 20];
        System.arraycopy(form, 0, broken, 0, form.length);
        System.arraycopy("&x=%C3%28%FF%FE".getBytes(StandardCharsets.US_ASCII), 0, broken, form.length, 15);
        raw("invalid UTF-8 (percent-encoded)", "application/x-www-form-urlencoded", java.util.Arrays.copyOf(broken, form.length + 15));
        raw("invalid UTF-8 (raw bytes)", route.body() == Body.JSON ? "application/json" : "application/x-www-form-urlencoded",
                route.body() == Body.JSON ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}'}
                        : new byte[] {'a', '=', (byte) 0xC3, 0x28, (byte) 0xFF});
        raw("multipart without boundary", "multipart/form-data", form);
        raw("malformed content type", ";;;/==", form);
        raw("unknown charset", "application/x-www-form-urlencoded; charset=bogus-42", form);
        raw("wrong content type (text/plain)", "text/plain", form);
        if (route.body() == Body.JSON) {
            raw("JSON nested 10,000 deep", "application/json", HostileCorpus.deepJson().getBytes(StandardCharsets.US_ASCII));
            raw("wrong content type (XML)", "application/xml", "<a>1</a>".getBytes(StandardCharsets.US_ASCII));
        } else {
            raw("wrong content type (JSON)", "application/json", "{\"a\":1}".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private void raw(String what, String contentType, byte[] body) {
        if (spoilt++ % WHOLE_SAMPLE != sample) {
            return;
        }
        String target = path;
        if (route.method().equals("POST") && !route.api()) {
            target += (target.contains("?") ? "&" : "?") + "_csrf=" + URLEncoder.encode(client.token(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> response = client.send(route.method(), target, contentType, body, headers());
        requests++;
        check.check(route + " " + what, null, false, response, client);
    }

    /** Each field's plausible value, the target field's the hostile one (a String, or a ready {@link Part}). */
    private Map<String, Object> values(Field target, String hostile) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field f : route.fields()) {
            if (f.header()) {
                continue;
            }
            if (f.equals(target)) {
                values.put(f.name(), hostile);
            } else if (f.file()) {
                values.put(f.name(), Part.file(f.name(), "photo.png", "image/png", HostileCorpus.png()));
            } else {
                values.put(f.name(), HostileCorpus.plausible(f.name(), f.type(), ids));
            }
        }
        return values;
    }

    private List<Part> parts(Map<String, Object> values) {
        List<Part> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(value instanceof Part p ? p : Part.text(name, (String) value)));
        if (!route.api() && !route.method().equals("GET")) {
            parts.add(Part.text("_csrf", client.token()));
        }
        return parts;
    }

    private void send(String what, String marker, boolean mustNotStore, Map<String, Object> values, String unused) {
        HttpResponse<String> response = switch (route.body()) {
            case NONE -> client.send(route.method(), path + "?" + new String(WalkerClient.form(parts(values)),
                    StandardCharsets.US_ASCII), null, new byte[0], headers());
            case FORM -> client.send(route.method(), path, "application/x-www-form-urlencoded",
                    WalkerClient.form(parts(values)), headers());
            case MULTIPART -> client.send(route.method(), path, "multipart/form-data; boundary=" + WalkerClient.BOUNDARY,
                    WalkerClient.multipart(parts(values)), headers());
            case JSON -> client.send(route.method(), path, "application/json", json(values), headers());
        };
        requests++;
        if (response.statusCode() == 403) {
            forbidden++;
        }
        check.check(route + " " + what, marker, mustNotStore, response, client);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        route.fields().stream().filter(Field::header).filter(f -> !f.name().startsWith("HX-"))
                .forEach(f -> headers.put(f.name(), UUID.randomUUID().toString()));
        return headers;
    }

    /** Dotted names become nested objects; list fields get a one-element list. */
    @SuppressWarnings("unchecked")
    private byte[] json(Map<String, Object> values) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Field f : route.fields()) {
            if (f.header() || !values.containsKey(f.name())) {
                continue;
            }
            String[] path = f.name().split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < path.length - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<>());
            }
            Object value = values.get(f.name());
            node.put(path[path.length - 1], f.many() ? List.of(value) : value);
        }
        return JSON.writeValueAsBytes(root);
    }
}
