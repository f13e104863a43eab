package uk.scrutiny.application.security;

import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is calling a use case, read from the security context. */
@Component
public class CurrentActor {

    private final SecurityContextHolderStrategy contexts;

    /** Reads the strategy the application's security set-up uses (the web application makes it aware of the UI session). */
    public CurrentActor(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Authority held by the system itself when it runs the import or loads data. */
    public static final String SYSTEM_AUTHORITY = "ROLE_SYSTEM";

    /** @throws AccessDeniedException when nobody is signed in */
    public Actor get() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        if (authentication != null && authentication.getPrincipal() == Actor.SYSTEM) {
            return Actor.SYSTEM;
        }
        throw new AccessDeniedException("Sign in first");
    }

    /** Runs work as the system (the nightly import), with the business unit's permissions, restoring the caller's context after. */
    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                Actor.SYSTEM, null, AuthorityUtils.createAuthorityList(SYSTEM_AUTHORITY, "ROLE_BUSINESS_UNIT")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
