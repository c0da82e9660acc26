package io.plumbline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.NamedInterface;

/** Project rules beyond module boundaries (docs/architecture.md). */
class CodingRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.plumbline");

    @Test
    void repositories_are_private_to_their_module() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void what_other_modules_may_use_never_lives_in_an_internal_package() {
        noClasses().that()
            .resideInAPackage("..internal..")
            .should()
            .beAnnotatedWith(NamedInterface.class)
            .check(classes);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that()
            .areAnnotatedWith(Route.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(AnonymousAllowed.class)
            .check(classes);
    }

    @Test
    void views_live_in_ui_packages_or_module_roots_that_are_only_ui() {
        classes().that()
            .areAnnotatedWith(Route.class)
            .and()
            .resideOutsideOfPackages("..workspace..", "..portal..")
            .should()
            .resideInAPackage("..ui..")
            .check(classes);
    }

    @Test
    void nothing_prints_to_the_console_except_the_operator_command() {
        noClasses().that()
            .resideOutsideOfPackage("..cli..")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err")
            .check(classes);
    }

    @Test
    void services_read_time_from_the_injected_clock() {
        noClasses().that().haveSimpleNameEndingWith("Service").should().callMethod(Instant.class, "now").check(classes);
    }

}
