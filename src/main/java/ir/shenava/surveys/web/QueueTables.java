package ir.shenava.surveys.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the rows of the callers' queue as HTML, in Java. Each row is a dozen cells, badges and buttons;
 * printed by Thymeleaf, every one of them was an element to process and an expression to evaluate, and the
 * rows were the largest part of the page's CPU after the layout (bench/README.md, calls.sh and
 * calls-cost.sh). Here a row is a few appends: every value is HTML-escaped on the way in (Spring's {@link HtmlUtils}),
 * the texts come from the page's messages, and the markup is the one {@code surveys/calls.html} describes
 * around it (same ids, classes, labels and forms, so the page reads and works as before).
 */
@Component
class QueueTables {

    private final MessageSource messages;

    QueueTables(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param callsUrl the queue's address with the context path ({@code /calls})
     * @param csrf the request's token, for the held calls' forms (recheck, end); null when no table has them
     */
    QueueTable table(String kind, List<QueueRow> rows, Locale locale, String callsUrl, CsrfToken csrf) {
        if (rows.isEmpty()) {
            return QueueTable.empty(kind);
        }
        Texts texts = new Texts(messages, locale);
        boolean attention = "attention".equals(kind);
        StringBuilder html = new StringBuilder(rows.size() * 1100);
        for (QueueRow r : rows) {
            row(html, r, kind, attention && r.held(), texts, callsUrl, csrf);
        }
        return new QueueTable(kind, rows, html.toString());
    }

    private static void row(StringBuilder html, QueueRow r, String kind, boolean held, Texts t, String callsUrl,
                            CsrfToken csrf) {
        String callUrl = callsUrl + "/" + r.id();
        html.append(r.callBack() ? "<tr class=\"table-info\">" : "<tr>");
        html.append("<td><span>").append(escaped(r.when())).append("</span>");
        if (r.callBack()) {
            html.append(" <span class=\"badge text-bg-info\">").append(t.callBack).append("</span>");
        }
        html.append("</td><td><span>").append(escaped(r.customer())).append("</span></td>");
        html.append("<td><span>").append(escaped(r.contact())).append("</span>");
        if (r.phoneHref() != null) {
            html.append("<a class=\"d-block\" dir=\"ltr\" href=\"").append(escaped(r.phoneHref())).append("\">")
                    .append(escaped(r.phoneDisplay())).append("</a>");
        }
        html.append("</td><td>").append(escaped(r.equipment())).append("</td>");
        html.append("<td>").append(escaped(r.installedOn())).append("</td>");
        html.append("<td><span>").append(escaped(r.status())).append("</span>");
        html.append("<span class=\"small text-muted d-block\">").append(escaped(r.attempts())).append("</span>");
        if (r.claimedBy() != null) {
            html.append("<span class=\"small text-warning-emphasis d-block\">").append(escaped(r.claimedBy())).append("</span>");
        }
        html.append("</td><td class=\"text-nowrap\">");
        if (r.claimable()) {
            html.append("<button class=\"btn btn-sm btn-primary\" type=\"submit\" form=\"claim-").append(kind)
                    .append("\" formaction=\"").append(callUrl).append("/claim\" aria-label=\"").append(escaped(r.claimLabel()))
                    .append("\">").append(t.claim).append("</button> ");
        }
        html.append("<a class=\"btn btn-sm btn-outline-secondary\" href=\"").append(callUrl).append("\">")
                .append(t.open).append("</a>");
        if (held && csrf != null) {
            String token = "<input type=\"hidden\" name=\"" + escaped(csrf.getParameterName()) + "\" value=\""
                    + escaped(csrf.getToken()) + "\">";
            html.append(" <form class=\"d-inline\" method=\"post\" action=\"").append(callUrl).append("/recheck\">").append(token)
                    .append("<button class=\"btn btn-sm btn-outline-primary\" type=\"submit\">").append(t.recheck)
                    .append("</button></form>");
            html.append(" <form class=\"d-inline\" method=\"post\" action=\"").append(callUrl)
                    .append("/end\" data-confirm=\"true\" data-confirm-text=\"").append(t.endConfirm).append("\">").append(token)
                    .append("<button class=\"btn btn-sm btn-outline-danger\" type=\"submit\">").append(t.end)
                    .append("</button></form>");
        }
        html.append("</td></tr>\n");
    }

    /** As {@code th:text} writes a value: the characters that mean something in HTML escaped (the page is UTF-8). */
    static String escaped(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The texts every row repeats, looked up once per table and escaped once. */
    private static final class Texts {

        final String callBack;
        final String claim;
        final String open;
        final String recheck;
        final String end;
        final String endConfirm;

        Texts(MessageSource messages, Locale locale) {
            callBack = text(messages, "call.callBackBadge", locale);
            claim = text(messages, "call.claim", locale);
            open = text(messages, "call.open", locale);
            recheck = text(messages, "call.recheck", locale);
            end = text(messages, "call.end.notCalled", locale);
            endConfirm = text(messages, "call.end.confirm", locale);
        }

        private static String text(MessageSource messages, String key, Locale locale) {
            return escaped(messages.getMessage(key, null, locale));
        }
    }
}
