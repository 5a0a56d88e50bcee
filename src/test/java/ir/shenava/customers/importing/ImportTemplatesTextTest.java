package ir.shenava.customers.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import pages say everything through the message bundles and obey the CSP (no inline script or style). */
class ImportTemplatesTextTest {

    private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"");

    @ParameterizedTest
    @ValueSource(strings = {"customers/import.html", "customers/import-preview.html"})
    void noLiteralTextNoInlineScriptOrStyle(String template) throws IOException {
        String html = Files.readString(Path.of("src/main/resources/templates", template));
        String body = html.replaceAll("(?s)<!--.*?-->", "");
        // attribute values may hold expressions with ">" in them; they are not text nodes
        Matcher m = TEXT_NODE.matcher(body.replaceAll("\"[^\"]*\"", "\"\""));
        List<String> literal = new java.util.ArrayList<>();
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                literal.add(m.group(1).strip());
            }
        }
        assertThat(literal).as("text nodes in " + template).isEmpty();
        assertThat(LITERAL_ATTRIBUTE.matcher(body).find()).as("literal attributes").isFalse();
        assertThat(body).doesNotContain(" style=").doesNotContain("<script");
    }
}
