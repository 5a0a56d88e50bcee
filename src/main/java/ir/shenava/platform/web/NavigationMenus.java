package ir.shenava.platform.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The signed-in navigation's menus ({@code templates/platform/menus.html}), rendered once per set of
 * roles, language and context path and then kept: they hold only messages, links and role checks,
 * and drawing their sixty-odd expressions on every page was about half the CPU of a simple page.
 * Messages change only with a new build, roles only with a new sign-in (a new key), so nothing needs
 * to be forgotten; the number of keys is bounded by the role sets in use.
 */
class NavigationMenus {

    private static final int MOST_KEPT = 500;

    private final ObjectProvider<ITemplateEngine> engine;
    private final Map<String, String> kept = new ConcurrentHashMap<>();

    NavigationMenus(ObjectProvider<ITemplateEngine> engine) {
        this.engine = engine;
    }

    String html(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        TreeSet<String> roles = new TreeSet<>();
        if (auth != null) {
            auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(roles::add);
        }
        String key = locale.getLanguage() + "|" + request.getContextPath() + "|" + roles;
        String html = kept.get(key);
        if (html == null) {
            html = render(request, response, locale);
            if (kept.size() < MOST_KEPT) {
                kept.put(key, html);
            }
        }
        return html;
    }

    private String render(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // links without anything of this response in them (a session id in a rewritten URL must never be kept)
        HttpServletResponse plain = new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }
        };
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, plain), locale);
        return engine.getObject().process("platform/menus", context);
    }
}
