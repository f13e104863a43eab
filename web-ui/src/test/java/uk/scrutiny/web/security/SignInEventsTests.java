package uk.scrutiny.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.util.SimpleMethodInvocation;
import uk.scrutiny.application.security.UserAccounts;

/** A refusal is logged as who asked for which address, and nothing that came with the request can forge a log line. */
@ExtendWith(OutputCaptureExtension.class)
class SignInEventsTests {

    private final SignInEvents events = new SignInEvents(mock(UserAccounts.class));

    @Test
    void a_refused_request_is_logged_with_its_method_and_path_without_the_query(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/report.css");
        request.setQueryString("child=Jane+Doe");

        refuse("manager", request);

        assertThat(output)
                .contains("Refused: manager asked for GET /report.css" + System.lineSeparator())
                .doesNotContain("Jane")
                .doesNotContain("RequestWrapper")
                .doesNotContain("MockHttpServletRequest");
    }

    @Test
    void path_parameters_such_as_a_session_id_are_left_out(CapturedOutput output) {
        refuse("manager", new MockHttpServletRequest("GET", "/evidence;jsessionid=0123456789ABCDEF"));

        assertThat(output)
                .contains("Refused: manager asked for GET /evidence" + System.lineSeparator())
                .doesNotContain("0123456789ABCDEF");
    }

    @Test
    void line_breaks_and_control_characters_in_the_path_or_the_name_cannot_start_a_log_line_of_their_own(
            CapturedOutput output) {
        refuse(
                "eve\r\nRefused: manager",
                new MockHttpServletRequest(
                        "GET", "/x\r\n2026-01-01 WARN Refused: manager asked for /admin\u0007\u001b[31m"));

        assertThat(output)
                .contains("Refused: eve??Refused??manager asked for GET /x??2026-01-01?WARN?Refused:?"
                        + "manager?asked?for?/admin??[31m" + System.lineSeparator());
        assertThat(output.getOut().lines())
                .noneMatch(line -> line.startsWith("2026-01-01"))
                .noneMatch(line -> line.startsWith("Refused"));
        assertThat(output).doesNotContain("\u0007").doesNotContain("\u001b");
    }

    @Test
    void an_endless_path_is_cut_short(CapturedOutput output) {
        refuse("manager", new MockHttpServletRequest("GET", "/" + "a".repeat(5000)));

        assertThat(output)
                .contains("GET /" + "a".repeat(199) + "..." + System.lineSeparator())
                .doesNotContain("a".repeat(201));
    }

    @Test
    void the_refused_error_page_of_a_refused_request_names_the_request_it_was_for(CapturedOutput output) {
        MockHttpServletRequest errorPage = new MockHttpServletRequest("GET", "/error");
        errorPage.setDispatcherType(DispatcherType.ERROR);
        errorPage.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/report.css");

        refuse("manager", errorPage);

        assertThat(output)
                .contains("Refused: manager asked for the error page of GET /report.css" + System.lineSeparator());
    }

    @Test
    void a_refused_service_call_is_logged_as_the_service_method_without_its_arguments(CapturedOutput output)
            throws NoSuchMethodException {
        var invocation = new SimpleMethodInvocation(
                new StringBuilder(), StringBuilder.class.getMethod("append", String.class), "Jane Doe");

        events.onDenied(new AuthorizationDeniedEvent<>(
                () -> signedIn("officer"), invocation, new AuthorizationDecision(false)));

        assertThat(output)
                .contains("Refused: officer asked for StringBuilder.append()")
                .doesNotContain("Jane");
    }

    @Test
    void a_refusal_with_nobody_signed_in_says_so(CapturedOutput output) {
        events.onDenied(new AuthorizationDeniedEvent<>(
                () -> null, new MockHttpServletRequest("POST", "/login"), new AuthorizationDecision(false)));

        assertThat(output).contains("Refused: nobody asked for POST /login");
    }

    private void refuse(String username, MockHttpServletRequest request) {
        events.onDenied(
                new AuthorizationDeniedEvent<>(() -> signedIn(username), request, new AuthorizationDecision(false)));
    }

    private static Authentication signedIn(String username) {
        return new TestingAuthenticationToken(username, "secret", "ROLE_MANAGER");
    }
}
