package uk.scrutiny.domain.partnership;

import java.util.List;
import java.util.Optional;

/** The register of meeting bodies. */
public interface MeetingBodies {

    List<MeetingBody> all();

    Optional<MeetingBody> find(String code);

    /** The body named by code or by name, as a manifest's {@code meeting} column gives it. */
    default Optional<MeetingBody> findNamedBy(String text) {
        return all().stream().filter(b -> b.isNamedBy(text)).findFirst();
    }

    MeetingBody save(MeetingBody body);
}
