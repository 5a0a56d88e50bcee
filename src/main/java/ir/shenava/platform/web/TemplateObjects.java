package ir.shenava.platform.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Shenava's objects in templates:
 * <ul>
 * <li>{@code #jalali}: dates in the Jalali calendar with Persian digits, in the page's locale;</li>
 * <li>{@code #roles}: the roles of whoever is signed in, read once per page. It replaces
 * {@code sec:authorize="hasAnyRole(…)"}, which builds a Spring Security evaluation context and
 * evaluates an expression each time — the navigation alone has twenty, a seventh of the inbox
 * page's rendering. Shenava has no role hierarchy, so holding the authority is the whole check;
 * access itself is decided by the security configuration, never by a template.</li>
 * <li>{@code #codes}: tracking codes shown one way everywhere ({@link Codes});</li>
 * <li>{@code #menus}: the navigation's menus for the signed-in person's roles ({@link NavigationMenus}).</li>
 * </ul>
 */
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

    private static final String JALALI = "jalali";
    private static final String ROLES = "roles";
    private static final String CODES = "codes";
    private static final String MENUS = "menus";

    private final NavigationMenus menus;

    TemplateObjects(NavigationMenus menus) {
        super("shenava");
        this.menus = menus;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(JALALI, ROLES, CODES, MENUS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                if (CODES.equals(name)) {
                    return Codes.INSTANCE;
                }
                if (MENUS.equals(name)) {
                    return context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange
                            ? menus.html((HttpServletRequest) exchange.getNativeRequestObject(),
                                    (HttpServletResponse) exchange.getNativeResponseObject(), context.getLocale())
                            : "";
                }
                return ROLES.equals(name) ? SignedInRoles.of(SecurityContextHolder.getContext().getAuthentication())
                        : new JalaliDates(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                // roles and menus once per page, codes always; #jalali follows the locale as it was
                return !JALALI.equals(name);
            }
        };
    }
}
