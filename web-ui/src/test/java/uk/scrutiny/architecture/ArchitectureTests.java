package uk.scrutiny.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of {@link ArchitectureRules} on the application's own classes, every module's, tests left out. */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domain_is_plain_java = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule application_services_use_ports_only = ArchitectureRules.APPLICATION_SERVICES_USE_PORTS_ONLY;

    @ArchTest
    static final ArchRule only_persistence_knows_persistence = ArchitectureRules.ONLY_PERSISTENCE_KNOWS_PERSISTENCE;

    @ArchTest
    static final ArchRule only_persistence_and_batch_talk_sql = ArchitectureRules.ONLY_PERSISTENCE_AND_BATCH_TALK_SQL;

    @ArchTest
    static final ArchRule every_route_declares_who_may_open_it = ArchitectureRules.EVERY_ROUTE_DECLARES_WHO_MAY_OPEN_IT;

    @ArchTest
    static final ArchRule feature_slices_are_free_of_cycles = ArchitectureRules.FEATURE_SLICES_ARE_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule time_comes_from_an_injected_clock = ArchitectureRules.TIME_COMES_FROM_AN_INJECTED_CLOCK;

    @ArchTest
    static final ArchRule modules_depend_inwards = ArchitectureRules.MODULES_DEPEND_INWARDS;

    @ArchTest
    static final ArchRule every_class_belongs_to_a_layer = ArchitectureRules.EVERY_CLASS_BELONGS_TO_A_LAYER;

    @ArchTest
    static final ArchRule adapters_are_not_public = ArchitectureRules.ADAPTERS_ARE_NOT_PUBLIC;

    @ArchTest
    static final ArchRule adapters_say_their_technology = ArchitectureRules.ADAPTERS_SAY_THEIR_TECHNOLOGY;

    @ArchTest
    static final ArchRule views_never_call_ports = ArchitectureRules.VIEWS_NEVER_CALL_PORTS;

    @ArchTest
    static final ArchRule views_never_check_roles = ArchitectureRules.VIEWS_NEVER_CHECK_ROLES;

    @ArchTest
    static final ArchRule ui_classes_are_named_for_what_they_are =
            ArchitectureRules.UI_CLASSES_ARE_NAMED_FOR_WHAT_THEY_ARE;

    @ArchTest
    static void the_scan_sees_the_application_and_not_the_test_fixtures(JavaClasses classes) {
        assertThat(classes.containPackage("uk.scrutiny.domain.review")).isTrue();
        String testPackage = ArchitectureRules.class.getPackageName();
        assertThat(classes).noneMatch(javaClass -> javaClass.getPackageName().startsWith(testPackage));
    }
}
