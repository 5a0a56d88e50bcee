package ir.shenava.hostile;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor talking real HTTP to the running application (so Tomcat parses the request exactly
 * as in production): its own cookies, its form token read from a page, optionally an API key.
 */
public final class WalkerClient {

    /** One part of a form: a text value, or a file when {@code fileName} is set. */
    public record Part(String name, String value, String fileName, String contentType, byte[] content) {

        public static Part text(String name, String value) {
            return new Part(name, value, null, null, null);
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, null, fileName, contentType, content);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String base;
    private final HttpClient http;
    private final String apiKey;
    private String token;

    private WalkerClient(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static WalkerClient anonymous(String base) {
        WalkerClient client = new WalkerClient(base, null);
        client.refreshToken("/login");
        return client;
    }

    public static WalkerClient api(String base, String key) {
        return new WalkerClient(base, key);
    }

    public static WalkerClient staff(String base, String username, String password) {
        WalkerClient client = anonymous(base);
        HttpResponse<String> login = client.send("POST", "/login", "application/x-www-form-urlencoded",
                form(List.of(Part.text("username", username), Part.text("password", password),
                        Part.text("_csrf", client.token))), Map.of());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode() + " " + location);
        }
        client.refreshToken("/");
        return client;
    }

    private void refreshToken(String page) {
        HttpResponse<String> response = get(page);
        for (int i = 0; i < 3 && response.statusCode() / 100 == 3; i++) {
            response = get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        }
        Matcher m = TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no form token on " + page + ": " + response.statusCode() + " " + response.body());
        }
        token = m.group(1) != null ? m.group(1) : m.group(2);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, new byte[0], Map.of());
    }

    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .header("Accept", apiKey != null ? "application/json" : "text/html,application/xhtml+xml")
                .method(method, body.length == 0 && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        }
    }

    public static byte[] form(List<Part> parts) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(URLEncoder.encode(p.name(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.value() == null ? "" : p.value(), StandardCharsets.UTF_8));
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static final String BOUNDARY = "----hostileWalkerBoundary7e3f";

    public static byte[] multipart(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            write(out, "--" + BOUNDARY + "\r\n");
            if (p.fileName() == null) {
                write(out, "Content-Disposition: form-data; name=\"" + p.name() + "\"\r\n\r\n");
                write(out, p.value() == null ? "" : p.value());
            } else {
                write(out, "Content-Disposition: form-data; name=\"" + p.name() + "\"; filename=\""
                        + p.fileName().replace("\"", "%22") + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n");
                out.writeBytes(p.content());
            }
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
