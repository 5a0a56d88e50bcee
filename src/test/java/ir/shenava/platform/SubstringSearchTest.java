package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import ir.shenava.ShenavaIntegrationTest;
import ir.shenava.shared.PersianText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rare-parts condition finds exactly what the plain {@code like} finds, and looks up the
 * rarest trigrams when the column has been sampled.
 */
@ShenavaIntegrationTest
class SubstringSearchTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void picksTheRarestTrigramsAndLeavesCommonOnesOut() {
        Map<String, Float> shares = Map.of("بیم", 0.9f, "یما", 0.9f, "مار", 0.9f, "ارس", 0.9f, "رست", 0.9f,
                "ستا", 0.9f, "تان", 0.9f, "ان1", 0.5f, "ن12", 0.4f, "123", 0.05f);
        // "234" and "345" are not in the sample: rarest; then "123"; the word in most rows is left out
        assertThat(SubstringSearch.rarest("بیمارستان12345", shares)).containsExactly("234", "345", "123");
        assertThat(SubstringSearch.rarest("بیمارستان", shares)).containsExactly("بیم");   // all common: the first only
        assertThat(SubstringSearch.rarest("999999", Map.of())).containsExactly("999");   // each trigram once
        assertThat(SubstringSearch.rarest("بیمارستان12345", null)).isEmpty();
        // a dash or a space is no part of a trigram the index keeps
        assertThat(SubstringSearch.rarest("ab-cd", Map.of())).isEmpty();
    }

    @Test
    void findsExactlyWhatThePlainLikeFinds() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(tag.hashCode());
        String[] words = {"بیمارستان", "شبانه‌روزی", "درمانگاه", "کلینیک", "مرکز", "تصویربرداری", "پارس"};
        for (int i = 0; i < 60; i++) {
            String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + (1000 + i);
            jdbc.update("insert into customer (code, name, kind, city, search_text, created_at) values (?, ?, 'HOSPITAL', 'قم', ?, now())",
                    "SS-" + tag + "-" + i, name, PersianText.searchKey(name + " ss-" + tag + "-" + i + " قم"));
        }
        jdbc.execute("analyze customer");   // the row estimate the sample is sized by
        SubstringSearch search = new SubstringSearch(jdbc, 0, Duration.ofHours(1));   // sample even a small table
        List<String> keys = List.of("بیمارستانشبانهروزی10", "درمانگاهکلینیک", "مرکزتصویربرداری104", "ss-" + tag + "-1",
                "پارس105", "کلینیکپارس", "نیست" + tag, "تان" + "شب");
        int rareUsed = 0;
        for (String key : keys) {
            SubstringSearch.Condition holds = search.contains("customer.search_compact", "search_compact", key);
            rareUsed += holds.sql().contains("strpos") ? 1 : 0;
            Set<Long> found = ids("select id from customer where " + holds.sql(), holds.args().toArray());
            Set<Long> plain = ids("select id from customer where search_compact like ?", "%" + key + "%");
            assertThat(found).as(key).isEqualTo(plain);
        }
        assertThat(rareUsed).isGreaterThan(0);
    }

    @Test
    void namedParametersKeepTheirOrder() {
        SubstringSearch.Condition c = new SubstringSearch.Condition("(x like ? and strpos(x, ?) > 0)", List.of("%a%", "b"));
        Map<String, Object> params = new java.util.HashMap<>();
        assertThat(c.named("q", params)).isEqualTo("(x like :q0 and strpos(x, :q1) > 0)");
        assertThat(params).containsEntry("q0", "%a%").containsEntry("q1", "b");
    }

    private Set<Long> ids(String sql, Object... args) {
        return new HashSet<>(jdbc.queryForList(sql, Long.class, args));
    }
}
