package uk.scrutiny.domain.partnership;

import java.util.Objects;
import uk.scrutiny.domain.common.Text;

/** An agency of the partnership: a statutory partner (local authority, police, health) or a relevant agency. */
public record Agency(AgencyCode code, String name, AgencyKind kind, boolean active, long version) {

    public Agency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        name = Text.required(name, "An agency's name", 200);
    }

    public Agency(AgencyCode code, String name, AgencyKind kind) {
        this(code, name, kind, true, 0);
    }

    public boolean isStatutory() {
        return kind == AgencyKind.STATUTORY;
    }
}
