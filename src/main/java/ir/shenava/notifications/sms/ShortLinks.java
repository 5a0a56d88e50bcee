package ir.shenava.notifications.sms;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps links in SMS short: a link to our own public site longer than {@value #LONG} characters is
 * stored under a random eight-letter code and written as {@code <public-url>/s/<code>}; the
 * redirect (public, see {@code ShortLinkController}) leads to the original, whose own token still
 * guards what it opens. Links to other sites are never shortened (we must not become a redirector).
 */
@Repository
@Transactional
public class ShortLinks {

    static final int LONG = 40;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String publicUrl;

    ShortLinks(JdbcClient jdbc, Clock clock, @Value("${shenava.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The text with each long link of ours replaced by a short one. */
    public String shorten(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group();
            boolean ours = url.startsWith(publicUrl + "/");
            m.appendReplacement(out, Matcher.quoteReplacement(ours && url.length() > LONG ? store(url) : url));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** What a short link shows in a text of the given length, for the administrator's part counts. */
    public String sample() {
        return publicUrl + "/s/" + "Ab3dE7gH";
    }

    @Transactional(readOnly = true)
    public Optional<String> target(String code) {
        return jdbc.sql("select target from short_link where code = ?").param(code).query(String.class).optional();
    }

    private String store(String url) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        jdbc.sql("insert into short_link (code, target, created_at) values (?, ?, ?)")
                .params(code.toString(), url, Timestamp.from(clock.instant())).update();
        return publicUrl + "/s/" + code;
    }
}
