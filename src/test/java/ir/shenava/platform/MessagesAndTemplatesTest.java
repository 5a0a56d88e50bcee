package ir.shenava.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** All user-facing text lives in the bundles, and the Persian and English bundles say the same things. */
class MessagesAndTemplatesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEXT_NODE = Pattern.compile("<([a-zA-Z][^<>]*)>([^<>]+)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(placeholder|title|aria-label|alt|data-confirm-text)=\"([^\"]*)\"");

    @Test
    void everyPersianBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        List<Path> persian;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            persian = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> !p.getFileName().toString().contains("_en") && !p.getFileName().toString().startsWith("application"))
                    .toList();
        }
        assertThat(persian).isNotEmpty();
        for (Path fa : persian) {
            Path en = fa.resolveSibling(fa.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(en).as("English twin of %s", fa).exists();
            Set<String> faKeys = keys(fa);
            Set<String> enKeys = keys(en);
            assertThat(enKeys).as("keys of %s missing in English", fa).containsAll(faKeys);
            assertThat(faKeys).as("keys of %s missing in Persian", en).containsAll(enKeys);
        }
    }

    @Test
    void templatesContainNoLiteralUserFacingText() throws IOException {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<title[^>]*></title>", "");
                Matcher text = TEXT_NODE.matcher(html);
                while (text.find()) {
                    boolean languageName = text.group(1).contains(" lang=");
                    if (!languageName && text.group(2).codePoints().anyMatch(Character::isLetter)) {
                        findings.add(template.getFileName() + ": text \"" + text.group(2).strip() + "\"");
                    }
                }
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
                while (attribute.find()) {
                    if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
                        findings.add(template.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                    }
                }
            }
        }
        assertThat(findings).as("literal text in templates; use th:text=\"#{...}\"").isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        assertThat(TEXT_NODE.matcher("<p class=\"x\">سلام</p>").find()).isTrue();
        Matcher m = LITERAL_ATTRIBUTE.matcher("<input placeholder=\"نام\">");
        assertThat(m.find()).isTrue();
        assertThat(LITERAL_ATTRIBUTE.matcher("<input th:placeholder=\"#{x}\">").find()).isFalse();
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
