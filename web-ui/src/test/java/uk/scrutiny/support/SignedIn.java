package uk.scrutiny.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.UserAccounts;

/** Runs test steps as one of the demo users, as if they had signed in. */
@Component
public class SignedIn {

    private final UserAccounts accounts;

    public SignedIn(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }
}
