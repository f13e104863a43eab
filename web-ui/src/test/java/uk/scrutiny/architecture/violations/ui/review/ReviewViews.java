package uk.scrutiny.architecture.violations.ui.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Routes for the access-annotation rule: one without an access annotation and one with each of the
 * four accepted. They are inner (not static) classes because Vaadin's route scan of the
 * application's packages, which sees test classes in the application's own Spring tests, only
 * registers top-level and static nested classes.
 */
public class ReviewViews {

    @Route("architecture-violations/unguarded")
    public class UnguardedView extends Div {}

    @Route("architecture-violations/signed-in")
    @PermitAll
    public class SignedInView extends Div {}

    @Route("architecture-violations/administrators")
    @RolesAllowed("ADMIN")
    public class AdministratorsView extends Div {}

    @Route("architecture-violations/nobody")
    @DenyAll
    public class NobodyView extends Div {}

    @Route("architecture-violations/anyone")
    @AnonymousAllowed
    public class AnyoneView extends Div {}

    /** Breaks the naming rule: a page people can open that is not called a View. */
    @Route("architecture-violations/page")
    @PermitAll
    public class ReviewPage extends Div {}
}
