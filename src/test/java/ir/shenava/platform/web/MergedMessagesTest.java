package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The merged message table resolves every text of every bundle, in Persian and in English, to exactly
 * what Spring Boot's own message source (the bundles asked one after another) resolves it to.
 */
class MergedMessagesTest {

    @Test
    void everyTextResolvesAsBootsOwnMessageSourceResolvesIt() throws Exception {
        String basenames = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean() {
            {
                setResources(new ClassPathResource("application.yml"));
            }
        }.getObject().getProperty("spring.messages.basename");
        String[] names = Arrays.stream(basenames.split(",")).map(String::strip).toArray(String[]::new);
        assertThat(names).hasSizeGreaterThan(20);

        ResourceBundleMessageSource boot = new ResourceBundleMessageSource();
        boot.setBasenames(names);
        boot.setDefaultEncoding("UTF-8");
        boot.setFallbackToSystemLocale(false);
        MessageSource merged = new MergedMessages().messageSource(basenames);

        Set<String> codes = new TreeSet<>();
        for (String name : names) {
            for (String suffix : new String[] {"", "_en"}) {
                Resource file = new ClassPathResource(name + suffix + ".properties");
                if (file.exists()) {
                    try (InputStreamReader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                        Properties p = new Properties();
                        p.load(in);
                        p.stringPropertyNames().forEach(codes::add);
                    }
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(1000);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("fa-IR"), Locale.ENGLISH}) {
            for (String code : codes) {
                assertThat(merged.getMessage(code, null, locale)).as("%s in %s", code, locale)
                        .isEqualTo(boot.getMessage(code, null, locale));
            }
            assertThat(merged.getMessage("survey.required", null, locale))
                    .isEqualTo(locale.getLanguage().equals("en") ? "This question needs an answer." : "این پرسش پاسخ لازم دارد.");
        }
    }
}
