package ir.shenava.surveys.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/** The queue's rows written in Java: every value escaped, the same buttons and forms as the template had. */
class QueueTablesTest {

    private static final Locale FA = Locale.forLanguageTag("fa-IR");

    private final QueueTables tables = new QueueTables(messages());

    @Test
    void everyValueIsEscapedAndTheClaimButtonNamesItsTablesForm() {
        QueueRow row = new QueueRow(42, true, "۱۴۰۵/۰۹/۱۳، ۱۰:۰۰", "<script>alert('x')</script>", "علی \"ع\" & پسران",
                "tel:+989121234567", "۰۹۱۲ ۱۲۳ ۴۵۶۷", "سونوگرافی <b>", "۱۴۰۵/۰۹/۰۶", "در انتظار", "۱ تلاش",
                "در دست <مینا>", true, false, "برداشتن تماس با <script>");
        String body = tables.table("due", List.of(row), FA, "/app/calls", null).body();
        assertThat(body).doesNotContain("<script>", "<b>", "<مینا>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "علی &quot;ع&quot; &amp; پسران", "سونوگرافی &lt;b&gt;",
                        "در دست &lt;مینا&gt;")
                .contains("<tr class=\"table-info\">", "badge text-bg-info\">تماس مجدد<")
                .contains("form=\"claim-due\" formaction=\"/app/calls/42/claim\" aria-label=\"برداشتن تماس با &lt;script&gt;\"")
                .contains("href=\"tel:+989121234567\"", "href=\"/app/calls/42\"")
                .doesNotContain("/recheck", "/end");
    }

    @Test
    void aHeldCallInTheQualityManagersTableHasItsRecheckAndEndFormsWithTheToken() {
        QueueRow held = new QueueRow(7, false, "", "مشتری", "—", null, null, "", "", "تماس نگیرید", "۰ تلاش", null,
                false, true, "برداشتن تماس با مشتری");
        String body = tables.table("attention", List.of(held), FA, "/calls", new DefaultCsrfToken("X-CSRF", "_csrf", "t\"ok")).body();
        assertThat(body).contains("action=\"/calls/7/recheck\"", "action=\"/calls/7/end\" data-confirm=\"true\"",
                        "data-confirm-text=\"پایان؟\"", "name=\"_csrf\" value=\"t&quot;ok\"")
                .doesNotContain("/claim", "tel:");
        assertThat(body.split("name=\"_csrf\"")).hasSize(3);
        assertThat(tables.table("due", List.of(held), FA, "/calls", null).body()).doesNotContain("/recheck");
        assertThat(tables.table("due", List.of(), FA, "/calls", null).isEmpty()).isTrue();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("call.callBackBadge", FA, "تماس مجدد");
        messages.addMessage("call.claim", FA, "برداشتن تماس");
        messages.addMessage("call.open", FA, "مشاهده");
        messages.addMessage("call.recheck", FA, "بررسی دوباره");
        messages.addMessage("call.end.notCalled", FA, "پایان: تماس گرفته نشد");
        messages.addMessage("call.end.confirm", FA, "پایان؟");
        return messages;
    }
}
