package uk.scrutiny.domain.user;

import java.util.List;
import java.util.Optional;

/** The people who may sign in. */
public interface Users {

    Optional<User> findByUsername(String username);

    Optional<User> find(UserId id);

    List<User> all();

    /** Adds a user (no id) or updates one, refusing a stale version. */
    User save(User user);

    long count();
}
