package io.plumbline.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.plumbline.PlumblineApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

    private static final Path COMMITTED = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(PlumblineApplication.class);

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        modules.verify();
    }

    @Test
    void the_module_diagrams_in_docs_modules_show_the_modules_as_they_are() throws IOException {
        // The Documenter's default output folder is target/spring-modulith-docs.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        List<String> diagrams;
        try (Stream<Path> files = Files.list(GENERATED)) {
            diagrams = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".puml")).toList();
        }
        assertThat(diagrams).isNotEmpty();
        for (String diagram : diagrams) {
            // The Documenter writes the same relations in a varying order: compare the
            // lines
            // as a set.
            assertThat(COMMITTED.resolve(diagram))
                .as("docs/modules/%s is stale: cp target/spring-modulith-docs/*.puml docs/modules/", diagram)
                .exists();
            assertThat(Files.readAllLines(COMMITTED.resolve(diagram)))
                .as("docs/modules/%s is stale: cp target/spring-modulith-docs/*.puml docs/modules/", diagram)
                .containsExactlyInAnyOrderElementsOf(Files.readAllLines(GENERATED.resolve(diagram)));
        }
    }

}
