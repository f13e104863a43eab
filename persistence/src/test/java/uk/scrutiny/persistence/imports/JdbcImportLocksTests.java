package uk.scrutiny.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.scrutiny.domain.imports.ImportLocks;

abstract class JdbcImportLocksTests {

    @Autowired
    ImportLocks locks;

    @Test
    void while_one_holder_has_the_lock_nobody_else_gets_it() {
        try (ImportLocks.Held held = locks.tryAcquire().orElseThrow()) {
            assertThat(locks.tryAcquire()).isEmpty();
        }
        Optional<ImportLocks.Held> again = locks.tryAcquire();
        assertThat(again).isPresent();
        again.get().close();
    }
}
