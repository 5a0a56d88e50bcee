package ir.shenava.branding.web;

import java.util.Set;

import ir.shenava.branding.Branding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #brand} in every template — pages, error pages and mails alike, which no controller advice
 * reaches: the company as the template's language shows it ({@link ir.shenava.branding.BrandView}).
 */
@Configuration(proxyBeanMethods = false)
class BrandTemplateObject {

    @Bean
    static AbstractDialect brandDialect(org.springframework.beans.factory.ObjectProvider<Branding> branding) {
        return new Dialect(branding);
    }

    private static final class Dialect extends AbstractDialect implements IExpressionObjectDialect {

        private final org.springframework.beans.factory.ObjectProvider<Branding> branding;

        Dialect(org.springframework.beans.factory.ObjectProvider<Branding> branding) {
            super("shenava-brand");
            this.branding = branding;
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of("brand");
                }

                @Override
                public Object buildObject(IExpressionContext context, String name) {
                    return branding.getObject().view(context.getLocale());
                }

                @Override
                public boolean isCacheable(String name) {
                    return true;   // once per page: the brand does not change while one page is rendered
                }
            };
        }
    }
}
