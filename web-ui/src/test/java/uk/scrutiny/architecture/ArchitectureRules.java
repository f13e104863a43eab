package uk.scrutiny.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
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
    private static final String DIALOG = "com.vaadin.flow.component.dialog.Dialog";
    private static final String BINDER = "com.vaadin.flow.data.binder.Binder";

    /** What an adapter's name may start with: the technology it is built on. */
    private static final List<String> TECHNOLOGIES =
            List.of("Jdbc", "FileSystem", "Pdf", "Word", "Html", "Smtp", "Mail", "Oidc", "Csv", "Xlsx", "S3");

    /** The methods of the signed-in actor that read a role: views must not call them. */
    private static final Set<String> ROLE_READING_METHODS = Set.of("is", "role", "mayActFor");

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
    public static final ArchRule EVERY_CLASS_BELONGS_TO_A_LAYER = everyClassBelongsToALayer(ROOT);
    public static final ArchRule ADAPTERS_ARE_NOT_PUBLIC = adaptersAreNotPublic(ROOT);
    public static final ArchRule ADAPTERS_SAY_THEIR_TECHNOLOGY = adaptersSayTheirTechnology(ROOT);
    public static final ArchRule VIEWS_NEVER_CALL_PORTS = viewsNeverCallPorts(ROOT);
    public static final ArchRule VIEWS_NEVER_CHECK_ROLES = viewsNeverCheckRoles(ROOT);
    public static final ArchRule UI_CLASSES_ARE_NAMED_FOR_WHAT_THEY_ARE = uiClassesAreNamedForWhatTheyAre();

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
                .and(slices().matching(root + ".batch.(*)..").should().beFreeOfCycles())
                .and(slices().matching(root + ".adapter.(*)..").should().beFreeOfCycles())
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
                .layer("Start-up")
                .definedBy(root)
                .layer("Web UI")
                .definedBy(root + ".ui..")
                .layer("Web security")
                .definedBy(root + ".web..")
                .layer("Adapters")
                .definedBy(root + ".adapter..")
                .layer("Batch import")
                .definedBy(root + ".batch..")
                .layer("Demo data")
                .definedBy(root + ".demo..")
                .layer("Application")
                .definedBy(root + ".application..")
                .layer("Domain")
                .definedBy(root + ".domain..")
                .layer("Persistence")
                .definedBy(root + ".persistence..")
                .whereLayer("Web UI")
                .mayOnlyBeAccessedByLayers("Web security", "Start-up")
                .whereLayer("Web security")
                .mayOnlyBeAccessedByLayers("Start-up")
                .whereLayer("Adapters")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Batch import")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Demo data")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Persistence")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Application")
                .mayOnlyBeAccessedByLayers(
                        "Start-up", "Web UI", "Web security", "Adapters", "Batch import", "Demo data")
                .because("the domain module is the centre that every other module depends on; views, the import, "
                        + "the demo data and the adapters reach each other only through the application's services "
                        + "and ports, and Maven alone does not stop a class from naming one in a module it happens "
                        + "to see at test time");
    }

    static ArchRule everyClassBelongsToALayer(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .resideInAnyPackage(
                        root,
                        root + ".domain..",
                        root + ".application..",
                        root + ".persistence..",
                        root + ".batch..",
                        root + ".demo..",
                        root + ".ui..",
                        root + ".web..",
                        root + ".adapter..")
                .because("a package outside the layers is seen by no layer rule: each class lives in the domain, "
                        + "the application, persistence, the batch import, the demo data, the views, web security, "
                        + "an adapter, or is the application's start-up class");
    }

    static ArchRule adaptersAreNotPublic(String root) {
        return classes()
                .that(implementAPort(root))
                .and()
                .resideInAnyPackage(root + ".persistence..", root + ".adapter..")
                .should()
                .notBePublic()
                .because("an adapter is reached through the port it implements, never by name: Spring finds it, "
                        + "and a class elsewhere that named it would bypass the port");
    }

    static ArchRule adaptersSayTheirTechnology(String root) {
        var rule = classes()
                .that(implementAPort(root))
                .and()
                .resideInAnyPackage(root + ".persistence..", root + ".adapter..")
                .should()
                .haveSimpleNameStartingWith(TECHNOLOGIES.getFirst());
        for (String technology : TECHNOLOGIES.subList(1, TECHNOLOGIES.size())) {
            rule = rule.orShould().haveSimpleNameStartingWith(technology);
        }
        return rule.because("an adapter's name says what it is built on (JdbcReviews, FileSystemEvidenceFiles, "
                + "PdfReportRenderer), so that two adapters of one port are told apart at a glance");
    }

    static ArchRule viewsNeverCallPorts(String root) {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".ui..", root + ".web..")
                .should()
                .dependOnClassesThat(arePorts(root))
                .because("a view (and the web security around it) calls application services, which check "
                        + "permissions and own transactions; a port called from a view would skip both. Only the "
                        + "application, the batch import (docs/decisions/0130-batch-import-uses-ports.md) and the "
                        + "demo data use ports");
    }

    static ArchRule viewsNeverCheckRoles(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".ui..")
                .should()
                .accessTargetWhere(checksARole(root))
                .because("who may do what is decided once, in the application layer (Permission); a view asks a "
                        + "service and shows what it answers, so that the page and the service cannot drift apart");
    }

    static ArchRule uiClassesAreNamedForWhatTheyAre() {
        return CompositeArchRule.of(classes()
                        .that()
                        .areAnnotatedWith(ROUTE)
                        .should()
                        .haveSimpleNameEndingWith("View")
                        .because("a page people can open is a View"))
                .and(classes()
                        .that()
                        .areAssignableTo(DIALOG)
                        .should()
                        .haveSimpleNameEndingWith("Dialog")
                        .orShould()
                        .haveSimpleNameEndingWith("Form")
                        .because("a dialog is a Dialog, or a Form when it is a form shown in a dialog"))
                .and(classes()
                        .that(holdABinder())
                        .should()
                        .haveSimpleNameEndingWith("Form")
                        .orShould()
                        .haveSimpleNameEndingWith("Dialog")
                        .orShould()
                        .haveSimpleNameEndingWith("View")
                        .because("a class that binds fields to a record is a Form (or the Dialog or View it is)"));
    }

    /** Classes that implement an interface of the domain or the application: a port. */
    private static DescribedPredicate<JavaClass> implementAPort(String root) {
        return DescribedPredicate.describe(
                "implement a port (an interface of the domain or the application)",
                javaClass -> !javaClass.isInterface()
                        && javaClass.isTopLevelClass()
                        && javaClass.getAllRawInterfaces().stream().anyMatch(i -> isPort(i, root)));
    }

    private static DescribedPredicate<JavaClass> arePorts(String root) {
        return DescribedPredicate.describe(
                "are ports (interfaces of the domain, or of the application that it implements elsewhere)",
                javaClass -> isPort(javaClass, root));
    }

    /**
     * A port is a top-level interface of the domain or the application that something else implements;
     * a sealed interface is a value with a few shapes (a measurement: a number or a symbol), and a
     * nested one a handle a port returns.
     */
    private static boolean isPort(JavaClass javaClass, String root) {
        String name = javaClass.getPackageName();
        return javaClass.isInterface()
                && javaClass.isTopLevelClass()
                && !javaClass.reflect().isSealed()
                && (name.startsWith(root + ".domain.") || name.startsWith(root + ".application."));
    }

    private static DescribedPredicate<JavaClass> holdABinder() {
        return DescribedPredicate.describe(
                "hold a Binder in a field",
                javaClass -> javaClass.getFields().stream()
                        .anyMatch(field -> field.getRawType().getName().equals(BINDER)));
    }

    private static DescribedPredicate<JavaAccess<?>> checksARole(String root) {
        String actor = root + ".application.security.Actor";
        return DescribedPredicate.describe(
                "read the signed-in actor's role (Actor.is, Actor.role, Actor.mayActFor)",
                access -> access.getTarget().getOwner().getName().equals(actor)
                        && ROLE_READING_METHODS.contains(access.getTarget().getName()));
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
