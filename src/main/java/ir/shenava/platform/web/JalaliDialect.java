package ir.shenava.platform.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Adds {@code #jalali} to templates: dates in the Jalali calendar with Persian digits. */
class JalaliDialect extends AbstractDialect implements IExpressionObjectDialect {

    JalaliDialect() {
        super("jalali");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("jalali");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new JalaliDates(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }
}
