package ir.shenava.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ir.shenava.shared.InvalidJalaliDateException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form whose values could not even be bound — an impossible date («۱۴۰۴/۱۲/۳۰», «فردا») in a
 * form that has no place for binding errors, a required parameter missing, a number that is not
 * one — goes back to the page it was sent from, with every field's Persian message and everything
 * that was typed, instead of the bare «۴۰۰» page. The page shows the messages in a summary, and
 * {@code forms.js} puts each one at its field and the typed text back into the form.
 * <p>
 * One place for every form: Spring throws these exceptions before any controller runs. Programs
 * ({@code @ResponseBody} handlers, the API) keep their problem details; without a same-site
 * {@code Referer} to return to, the answer stays a 400.
 */
final class FormTrouble implements HandlerExceptionResolver, Ordered {

    /** The flash attributes the layout reads: the form's address, field → message, field → what was typed. */
    static final String ACTION = "formTroubleAction";
    static final String ERRORS = "formTroubleErrors";
    static final String TYPED = "formTroubleTyped";
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "submissionKey");

    private final MessageSource messages;

    FormTrouble(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception ex) {
        if (!(handler instanceof HandlerMethod method) || answersPrograms(method) || request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, String> errors = errors(ex, locale);
        String back = errors.isEmpty() ? null : back(request);
        if (back == null) {
            return null;
        }
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(ACTION, request.getRequestURI());
        flash.put(ERRORS, errors);
        flash.put(TYPED, typed(request));
        if (request.getHeader("HX-Request") != null) {
            // htmx follows HX-Redirect itself; a redirect view would save the flash map, this saves it here
            RequestContextUtils.saveOutputFlashMap(back, request, response);
            response.setHeader("HX-Redirect", back);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return new ModelAndView();   // empty: handled, nothing to render
        }
        return new ModelAndView("redirect:" + back);
    }

    private static boolean answersPrograms(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class);
    }

    /** Field → message, in the reader's language; empty when this is not a form's mistake. */
    private Map<String, String> errors(Exception ex, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (ex instanceof BindException bind) {
            for (FieldError e : bind.getFieldErrors()) {
                errors.putIfAbsent(e.getField(), messages.getMessage(e, locale));
            }
        } else if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            InvalidJalaliDateException date = DateProblems.find(mismatch);
            MessageSourceResolvable why = date != null ? DateProblems.of(date, locale)
                    : new DefaultMessageSourceResolvable(new String[] {"typeMismatch." + mismatch.getRequiredType().getName(),
                    "typeMismatch"}, (Object[]) null);
            errors.put(mismatch.getName(), messages.getMessage(why, locale));
        } else if (ex instanceof MissingServletRequestParameterException missing) {
            errors.put(missing.getParameterName(), messages.getMessage(
                    new DefaultMessageSourceResolvable(new String[] {"forms.required"}, (Object[]) null), locale));
        }
        return errors;
    }

    /** The same-site page the form was on; null when the browser did not say or it is this very address. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")
                    || ("GET".equals(request.getMethod()) && path.equals(request.getRequestURI()))) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** What was typed, except the form token and anything secret. */
    private static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name) && !name.toLowerCase(Locale.ROOT).contains("password") && values.length > 0) {
                typed.put(name, String.join("\n", values));
            }
        });
        return typed;
    }
}
