package uk.scrutiny.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.UserAccounts;

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
        LOG.warn("Failed sign-in for '{}'", username.replaceAll("[^A-Za-z0-9._@-]", "?"));
        accounts.signInFailed(username);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.signInSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        LOG.warn("Refused: {} asked for {}", authentication == null ? "nobody" : authentication.getName(), event.getSource());
    }
}
