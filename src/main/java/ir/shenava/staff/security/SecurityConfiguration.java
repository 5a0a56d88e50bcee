package ir.shenava.staff.security;

import java.util.LinkedHashMap;
import java.util.List;

import ir.shenava.platform.PublicEndpoints;
import ir.shenava.staff.Role;
import ir.shenava.staff.apikeys.ApiKeyAuthenticationFilter;
import ir.shenava.staff.apikeys.ApiKeys;
import ir.shenava.staff.apikeys.ApiProblems;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login for staff. Public addresses come from the modules' {@link PublicEndpoints}; every
 * other page requires a login, and each controller states the roles it admits with
 * {@code @PreAuthorize} so that the rule stands beside the page it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * No observation of every filter, authentication and authorisation step: with Actuator on the
     * classpath each of the ~15 filters of every request was wrapped in an observation of its own,
     * and nothing reads them (requests are still observed as a whole: {@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Programs calling {@code /api/**} with an API key: no session, no CSRF token (no cookie is
     * ever sent), and 401/403 as problem JSON instead of the login page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeys keys, ApiProblems problems) throws Exception {
        http
            .securityMatcher("/api/**")
            .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .logout(logout -> logout.disable())
            .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
                                            LoginOutcomes loginOutcomes, LoginThrottle loginThrottle)
            throws Exception {
        String[] open = publicEndpoints.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(open).permitAll()
                .requestMatchers("/login", SecondFactorController.PAGE).permitAll()
                .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(loginOutcomes)
                .failureHandler(loginOutcomes)
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            // the token lives in a cookie, not the session: a form left open longer than the session
            // (a customer writing a long complaint), or a restart, does not turn its sending into an error
            // and it is read at the start of every request: the cookie must be set before the page is
            // streamed out, not when the form's hidden field is reached halfway through a long page
            .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()).csrfTokenRequestHandler(eagerToken()))
            .exceptionHandling(ex -> ex.accessDeniedHandler(accessDenied()))
            .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
            .addFilterAfter(new TwoFactorRequiredFilter(), PasswordChangeRequiredFilter.class)
            .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * A form that came without its security token — the browser dropped the cookie, or the
     * attachments were so large that the request could not even be read — gets a page that says so
     * and what to do, not the "your role may not see this" page meant for staff.
     */
    private static AccessDeniedHandler accessDenied() {
        LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(CsrfException.class, page("/error/form-not-accepted"));
        return new DelegatingAccessDeniedHandler(handlers, page("/error/403"));
    }

    /**
     * Tomcat writes SameSite=Lax on the form token's cookie (the session cookie has it from
     * {@code server.servlet.session.cookie.same-site}); the repository's own customizer below does the
     * same where no Tomcat is in between.
     */
    @Bean
    CookieSameSiteSupplier formTokenSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName("XSRF-TOKEN");
    }

    /** HttpOnly, SameSite=Lax, and Secure whenever the request came over HTTPS (also through a TLS proxy). */
    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    private static CsrfTokenRequestHandler eagerToken() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);   // null = load the token now, not on first use
        return handler;
    }

    private static AccessDeniedHandler page(String path) {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(path);
        return handler;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the algorithm recorded in the hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
