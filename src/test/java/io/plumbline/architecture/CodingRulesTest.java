package io.plumbline.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
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
    void repositories_and_jpa_entities_live_in_an_internal_package() {
        classes().that()
            .areAssignableTo(Repository.class)
            .or()
            .areAnnotatedWith(org.springframework.stereotype.Repository.class)
            .or()
            .areAnnotatedWith(Entity.class)
            .or()
            .areAnnotatedWith(Embeddable.class)
            .or()
            .areAnnotatedWith(MappedSuperclass.class)
            .should()
            .resideInAPackage("..internal..")
            .because("a module's root package is its API (docs/architecture.md); persistence is how it keeps its data")
            .check(classes);
    }

    @Test
    void fields_of_jpa_entities_are_not_public() {
        DescribedPredicate<JavaField> constants = DescribedPredicate.describe("static final constants",
                field -> field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getModifiers().contains(JavaModifier.FINAL));
        fields().that()
            .areDeclaredInClassesThat(annotatedWith(Entity.class).or(annotatedWith(Embeddable.class))
                .or(annotatedWith(MappedSuperclass.class)))
            .and(not(constants))
            .should()
            .notBePublic()
            .because("the provider may hand out proxies: state is read and changed through the entity's methods")
            .check(classes);
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

    /**
     * Services, entities and chart builders work without a browser, so they use no view
     * class or UI helper. The UI-only modules (workspace, portal) are views themselves;
     * Vaadin's security wiring names the login and change-password views it sends people
     * to.
     */
    @Test
    void only_ui_code_depends_on_ui_classes() {
        noClasses().that()
            .resideOutsideOfPackages("..ui..", "io.plumbline.workspace..", "io.plumbline.portal..")
            .and()
            .doNotHaveFullyQualifiedName("io.plumbline.security.internal.SecurityConfiguration")
            .and()
            .doNotHaveFullyQualifiedName("io.plumbline.security.internal.ForcedPasswordChange")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.plumbline..ui..")
            .check(classes);
    }

}
