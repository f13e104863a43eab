package uk.scrutiny.support;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.UserAccounts;

/** Runs test steps as one of the demo users, as if they had signed in. */
@Component
public class SignedIn {

    private final UserAccounts accounts;
    private final SecurityContextHolderStrategy contexts;

    /** Uses the security context strategy of this application context, which its method security reads. */
    public SignedIn(UserAccounts accounts, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.accounts = accounts;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(String username, Supplier<T> step) {
        SecurityContext previous = contexts.getContext();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            return step.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    public void as(String username, Runnable step) {
        as(username, () -> {
            step.run();
            return null;
        });
    }
}
