package uk.scrutiny.domain.imports;

import java.util.Optional;

/**
 * The one lock that lets a single import run at a time across every instance of the application
 * on one database. It is held by the database for as long as the holder's connection lives, so a
 * killed process never leaves it taken.
 */
public interface ImportLocks {

    /** The lock if it is free now; empty when another run holds it. */
    Optional<Held> tryAcquire();

    /** A held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
