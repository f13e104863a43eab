package uk.scrutiny.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * The module boundaries of {@code docs/decisions/0001-module-boundaries.md} as ArchUnit rules.
 *
 * <p>The constants apply the rules to the application's root package. Each one is built by a
 * factory that takes the root, so that {@code ArchitectureRulesCatchViolationsTests} can show the
 * same rule rejecting purpose-built offenders kept under a root of their own.
 */
public final class ArchitectureRules {

    public static final String ROOT = "uk.scrutiny";

    private static final List<Class<?>> CLOCK_READING_TYPES = List.of(
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            Instant.class,
            ZonedDateTime.class,
            OffsetDateTime.class,
            Year.class,
            YearMonth.class);

    private static final String ROUTE = "com.vaadin.flow.router.Route";
    private static final List<String> ACCESS_ANNOTATIONS = List.of(
            "jakarta.annotation.security.PermitAll",
            "jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.DenyAll",
            "com.vaadin.flow.server.auth.AnonymousAllowed");

    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = domainIsPlainJava(ROOT);
    public static final ArchRule APPLICATION_SERVICES_USE_PORTS_ONLY = applicationServicesUsePortsOnly(ROOT);
    public static final ArchRule ONLY_PERSISTENCE_KNOWS_PERSISTENCE = onlyPersistenceKnowsPersistence(ROOT);
    public static final ArchRule ONLY_PERSISTENCE_AND_BATCH_TALK_SQL = onlyPersistenceAndBatchTalkSql(ROOT);
    public static final ArchRule EVERY_ROUTE_DECLARES_WHO_MAY_OPEN_IT = everyRouteDeclaresWhoMayOpenIt();
    public static final ArchRule FEATURE_SLICES_ARE_FREE_OF_CYCLES = featureSlicesAreFreeOfCycles(ROOT);
    public static final ArchRule TIME_COMES_FROM_AN_INJECTED_CLOCK = timeComesFromAnInjectedClock(ROOT);
    public static final ArchRule MODULES_DEPEND_INWARDS = modulesDependInwards(ROOT);

    private ArchitectureRules() {}

    static ArchRule domainIsPlainJava(String root) {
        return classes()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", root + ".domain..")
                .because("the model states the partnership's rules and must stay readable, testable and reusable "
                        + "without a framework, a database or a screen");
    }

    static ArchRule applicationServicesUsePortsOnly(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "liquibase..",
                        "jakarta.persistence..",
                        "org.springframework.jdbc..",
                        "org.springframework.data..",
                        root + ".persistence..",
                        root + ".ui..",
                        root + ".batch..")
                .because("use cases reach storage only through the domain's ports and are called by the views and "
                        + "the import, never the other way round");
    }

    static ArchRule onlyPersistenceKnowsPersistence(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".persistence..")
                .because("the persistence module is a runtime plug-in behind the domain's ports: views, the import "
                        + "and configuration call application services, so the storage can change without them");
    }

    static ArchRule onlyPersistenceAndBatchTalkSql(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackages(root + ".persistence..", root + ".batch..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..")
                .because("SQL lives in the persistence adapters (and in Spring Batch's own job repository set-up), "
                        + "so that a view can never bypass a service's transaction and role checks");
    }

    static ArchRule everyRouteDeclaresWhoMayOpenIt() {
        var rule = classes().that().areAnnotatedWith(ROUTE).should().beAnnotatedWith(ACCESS_ANNOTATIONS.getFirst());
        for (String annotation : ACCESS_ANNOTATIONS.subList(1, ACCESS_ANNOTATIONS.size())) {
            rule = rule.orShould().beAnnotatedWith(annotation);
        }
        return rule.because("Vaadin's navigation access control decides from these annotations who may open a "
                + "view, so each view states it where it is declared and is reviewed with it");
    }

    static ArchRule featureSlicesAreFreeOfCycles(String root) {
        return CompositeArchRule.of(
                        slices().matching(root + ".domain.(*)..").should().beFreeOfCycles())
                .and(slices().matching(root + ".application.(*)..").should().beFreeOfCycles())
                .and(slices().matching(root + ".ui.(*)..").should().beFreeOfCycles())
                .and(slices().matching(root + ".persistence.(*)..").should().beFreeOfCycles())
                .because("features are built, read and changed one at a time; a cycle between two of them "
                        + "makes them one feature in two places");
    }

    static ArchRule timeComesFromAnInjectedClock(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".domain..", root + ".application..")
                .should()
                .accessTargetWhere(readsTheSystemClock())
                .because("overdue actions, deadlines and 'the period has not started' depend on today's date, "
                        + "which tests must be able to set: take it from the injected java.time.Clock");
    }

    static ArchRule modulesDependInwards(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Web UI")
                .definedBy(root + ".ui..")
                .layer("Batch import")
                .definedBy(root + ".batch..")
                .layer("Domain")
                .definedBy(root + ".domain..", root + ".application..")
                .layer("Persistence")
                .definedBy(root + ".persistence..")
                .whereLayer("Web UI")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Batch import")
                .mayOnlyBeAccessedByLayers("Web UI")
                .whereLayer("Persistence")
                .mayNotBeAccessedByAnyLayer()
                .because("the domain module is the centre that the other modules depend on "
                        + "(web-ui -> batch-import -> domain <- persistence), and Maven alone does not stop a class "
                        + "from naming one in a module it happens to see at test time");
    }

    /**
     * Calls and method references that read the system clock: {@code now()} or {@code now(ZoneId)} of the
     * java.time types (only {@code now(Clock)} is allowed), {@code System.currentTimeMillis()}, and
     * {@code Clock.systemUTC()} / {@code Clock.systemDefaultZone()}.
     */
    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe(
                "read the system clock (now() without a Clock, "
                        + "System.currentTimeMillis(), Clock.systemUTC(), Clock.systemDefaultZone())",
                access -> {
                    if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
                        return false;
                    }
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    List<String> parameters = target.getRawParameterTypes().stream()
                            .map(type -> type.getName())
                            .toList();
                    if (name.equals("now")
                            && CLOCK_READING_TYPES.stream()
                                    .anyMatch(t -> t.getName().equals(owner))) {
                        return !parameters.equals(List.of(Clock.class.getName()));
                    }
                    return owner.equals(System.class.getName()) && name.equals("currentTimeMillis")
                            || owner.equals(Clock.class.getName())
                                    && Set.of("systemUTC", "systemDefaultZone").contains(name);
                });
    }
}
