package ir.shenava.platform.web;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Adds {@code #roles} to templates: which roles the signed-in user holds, read once per page. It
 * replaces {@code sec:authorize="hasAnyRole(…)"}, which builds a Spring Security evaluation context
 * and evaluates an expression each time — the navigation alone has twenty, a seventh of the inbox
 * page's rendering. Shenava has no role hierarchy, so holding the authority is the whole check;
 * access itself is decided by the security configuration, never by a template.
 */
class RolesDialect extends AbstractDialect implements IExpressionObjectDialect {

    RolesDialect() {
        super("roles");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("roles");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return SignedInRoles.of(SecurityContextHolder.getContext().getAuthentication());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;   // one per page
            }
        };
    }
}
