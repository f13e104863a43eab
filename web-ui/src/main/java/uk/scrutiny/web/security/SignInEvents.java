package uk.scrutiny.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.method.MethodInvocationResult;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.UserAccounts;
import uk.scrutiny.domain.common.LogText;

/** Counts failed sign-ins (repeated failures lock the account) and logs every refused request. */
@Component
class SignInEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SignInEvents.class);

    private final UserAccounts accounts;

    SignInEvents(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        LOG.warn("Failed sign-in for '{}'", LogText.username(username));
        accounts.signInFailed(username);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.signInSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        LOG.warn(
                "Refused: {} asked for {}",
                authentication == null ? "nobody" : LogText.username(authentication.getName()),
                what(event.getSource()));
    }

    /**
     * What was asked for, fit for the log: the method and path of a request, without its query (which
     * may carry names), or the service method called. Everything from the request is stripped of
     * anything but printable ASCII, so that nobody writes lines of their own into the log.
     */
    private static String what(Object asked) {
        return switch (asked) {
            case HttpServletRequest request
            when request.getDispatcherType() == DispatcherType.ERROR
                    && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ->
                "the error page of " + LogText.printable(request.getMethod()) + " " + LogText.path(original);
            case HttpServletRequest request ->
                LogText.printable(request.getMethod()) + " " + LogText.path(request.getRequestURI());
            case MethodInvocationResult result -> method(result.getMethodInvocation());
            case MethodInvocation invocation -> method(invocation);
            default -> asked.getClass().getSimpleName();
        };
    }

    private static String method(MethodInvocation invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName() + "()";
    }
}
