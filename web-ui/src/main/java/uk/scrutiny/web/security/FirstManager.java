package uk.scrutiny.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import uk.scrutiny.application.security.UserAccounts;

/**
 * A new production installation has no users: when {@code scrutiny.first-manager.password} is
 * set (environment {@code SCRUTINY_FIRST_MANAGER_PASSWORD}) and no user exists, the first business
 * unit manager is created with it, and creates everyone else.
 */
@Component
class FirstManager {

    private static final Logger LOG = LoggerFactory.getLogger(FirstManager.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstManager(
            UserAccounts accounts,
            PasswordEncoder encoder,
            @Value("${scrutiny.first-manager.username:manager}") String username,
            @Value("${scrutiny.first-manager.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfNoUsers() {
        if (!password.isEmpty() && accounts.createFirstManager(username, "Business unit manager", password, encoder)) {
            LOG.info("Created the first manager, '{}': sign in and create the other users.", username);
        }
    }
}
