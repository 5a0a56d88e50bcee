package ir.shenava.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;

/** A 5xx answer leaves a line with the request and the exception Spring resolved into it; others leave none. */
@ExtendWith(OutputCaptureExtension.class)
class ServerErrorLogTest {

    @Test
    void aServerErrorIsLoggedWithTheExceptionBehindItAndAnOrdinaryAnswerIsNot(CapturedOutput output) throws Exception {
        new ServerErrorLog().doFilter(new MockHttpServletRequest("POST", "/customers/1/contacts/2"),
                new MockHttpServletResponse(), (request, response) -> {
                    request.setAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE, new IllegalStateException("gone meanwhile"));
                    ((HttpServletResponse) response).setStatus(500);
                });
        new ServerErrorLog().doFilter(new MockHttpServletRequest("GET", "/customers/ordinary"), new MockHttpServletResponse(),
                (request, response) -> ((HttpServletResponse) response).setStatus(404));

        assertThat(output).contains("POST /customers/1/contacts/2 answered 500: java.lang.IllegalStateException: gone meanwhile")
                .doesNotContain("/customers/ordinary");
    }
}
