package ir.shenava.platform.web;


import ir.shenava.platform.PublicEndpoints;
import ir.shenava.shared.PersianText;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Wiring of the input normalisation that happens before any controller: the request filter, the
 * same cleaning for every JSON string, and error answers in Persian for whatever is refused.
 */
@Configuration(proxyBeanMethods = false)
class HostileInputConfiguration {

    /** Before the security filters (-100), so that even the login form and CSRF check read clean input. */
    static final int ORDER = -110;

    @Bean
    FilterRegistrationBean<HostileInputFilter> hostileInputFilter() {
        FilterRegistrationBean<HostileInputFilter> registration = new FilterRegistrationBean<>(new HostileInputFilter());
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** First of all, so that every cookie written later passes through it. */
    @Bean
    FilterRegistrationBean<SecureCookies> secureCookies() {
        FilterRegistrationBean<SecureCookies> registration = new FilterRegistrationBean<>(new SecureCookies());
        registration.setOrder(ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Replaces Boot's error controller (which backs off for any other). */
    @Bean
    ErrorAnswers errorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
                              MessageSource messages) {
        return new ErrorAnswers(attributes, web.getError(), resolvers.orderedStream().toList(), messages);
    }

    /** The error page must open for a visitor who is not logged in (a refused public form). */
    @Bean
    PublicEndpoints errorPage() {
        return PublicEndpoints.of("/error");
    }

    /** JSON strings lose control and direction characters exactly like form parameters. */
    @Bean
    SimpleModule cleanJsonStrings() {
        SimpleModule module = new SimpleModule("clean-strings");
        module.addDeserializer(String.class, new CleanStrings());
        return module;
    }

    private static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            return PersianText.withoutControls(super.deserialize(p, ctxt));
        }
    }
}
