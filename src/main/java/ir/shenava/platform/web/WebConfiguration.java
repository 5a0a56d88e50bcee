package ir.shenava.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Persian is the default language; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shenava-lang");
        resolver.setDefaultLocale(PERSIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Override
    public void addFormatters(org.springframework.format.FormatterRegistry registry) {
        registry.addFormatterForFieldType(java.time.LocalDate.class, new InputNormalisation.LocalDateInput());
        registry.addFormatterForFieldType(Integer.class, new InputNormalisation.WholeNumberInput<>(Integer::valueOf));
        registry.addFormatterForFieldType(Long.class, new InputNormalisation.WholeNumberInput<>(Long::valueOf));
    }

    /** Forms whose values could not be bound go back to their page with inline messages (see {@link FormTrouble}). */
    @Bean
    FormTrouble formTrouble(org.springframework.context.MessageSource messages) {
        return new FormTrouble(messages);
    }

    @Bean
    TemplateObjects templateObjects(org.springframework.beans.factory.ObjectProvider<org.thymeleaf.ITemplateEngine> engine) {
        return new TemplateObjects(new NavigationMenus(engine));
    }

    /** A line in the log for every 5xx answer, with the exception Spring resolved into it. */
    @Bean
    FilterRegistrationBean<ServerErrorLog> serverErrorLog() {
        FilterRegistrationBean<ServerErrorLog> registration = new FilterRegistrationBean<>(new ServerErrorLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Takes the place of Boot's resource URL filter, which backs off for a registration of this type. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncoding() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticLinkEncoding());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
