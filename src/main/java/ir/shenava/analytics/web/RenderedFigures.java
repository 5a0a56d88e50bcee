package ir.shenava.analytics.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The dashboard's charts and their tables rendered once per set of numbers and kept as HTML: they
 * are three quarters of a served dashboard's time (a thousand table cells, each with its number in
 * the reader's digits and its link), and every viewer of the same quarter, slice and language sees
 * the same ones. The key is everything the fragment is drawn from — the chart specs, the Pareto
 * bars and the hidden counts — so new figures never meet old HTML. The layout, the navigation and
 * the headline table are still rendered per request.
 */
@Component
class RenderedFigures {

    static final String FRAGMENT = "analytics/dashboard :: figures";

    private record Kept(String source, String html) {
    }

    private final ViewResolver views;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    RenderedFigures(@org.springframework.beans.factory.annotation.Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /** The fragment's HTML for this model, rendered now unless the same numbers were rendered before. */
    String html(String slot, String source, Map<String, Object> model, Locale locale, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
        String key = slot + "/" + locale.toLanguageTag();
        Kept k = kept.get(key);
        if (k != null && k.source().equals(source)) {
            return k.html();
        }
        View view = Objects.requireNonNull(views.resolveViewName(FRAGMENT, locale));
        StringWriter out = new StringWriter();
        view.render(model, request, new Capture(response, new PrintWriter(out)));
        String html = out.toString();
        kept.put(key, new Kept(source, html));
        return html;
    }

    /** A response that keeps what the view writes and leaves the real response's headers alone. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final PrintWriter writer;

        Capture(HttpServletResponse response, PrintWriter writer) {
            super(response);
            this.writer = writer;
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }
    }
}
