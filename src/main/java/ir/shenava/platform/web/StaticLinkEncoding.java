package ir.shenava.platform.web;

import java.io.IOException;

import ir.shenava.platform.PublicEndpoints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Links to static files ({@code /webjars/…}, {@code /assets/…}) get their resolved URL, as with
 * Spring's {@link ResourceUrlEncodingFilter}, which this replaces; every other link a page builds
 * passes through untouched. Spring's filter matched each link — paging links with Persian filter
 * text included — against every static path pattern: an eighth of the inbox page's rendering.
 */
class StaticLinkEncoding extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(isStatic(http.getContextPath(), url) ? resolved(http, url) : url);
            }
        });
    }

    static boolean isStatic(String contextPath, String url) {
        return url.startsWith(contextPath) && PublicEndpoints.isStaticFile(url.substring(contextPath.length()));
    }

    private static String resolved(HttpServletRequest request, String url) {
        Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        String resolved = provider instanceof ResourceUrlProvider urls ? urls.getForRequestUrl(request, url) : null;
        return resolved == null ? url : resolved;
    }
}
