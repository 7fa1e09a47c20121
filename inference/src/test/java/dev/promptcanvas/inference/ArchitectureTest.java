package dev.promptcanvas.inference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Inference has no UI and does not reach up into the workbench or the app. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.promptcanvas.inference");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void noUpwardDependencies() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.promptcanvas.ui..", "dev.promptcanvas.app..")
                .allowEmptyShould(true).check(classes);
    }
}
