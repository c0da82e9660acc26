package io.plumbline.architecture;

import io.plumbline.PlumblineApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(PlumblineApplication.class);

    @Test
    void modules_have_no_cycles_and_use_only_each_others_public_api() {
        modules.verify();
    }

    @Test
    void module_documentation_is_generated() {
        // Written to target/spring-modulith-docs; docs/architecture.md says how to
        // refresh the copy in docs/modules.
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }

}
