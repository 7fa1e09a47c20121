package dev.promptcanvas.annotations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays free of UI, AWT, DJL and OpenCV, and of the modules above it. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.promptcanvas.annotations");

    @Test
    void coreHasNoUiOrInferenceLibraries() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.awt..", "javax.swing..", "javax.imageio..", "ai.djl..",
                        "org.opencv..", "nu.pattern..")
                .check(core);
    }

    @Test
    void coreDoesNotDependOnUpperModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.promptcanvas.inference..", "dev.promptcanvas.ui..", "dev.promptcanvas.app..")
                .check(core);
    }

    @Test
    void theRuleCanFail() {
        JavaClasses self = new ClassFileImporter().importClasses(ArchitectureTest.class, java.awt.Point.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                        .that().resideInAPackage("dev.promptcanvas..")
                        .should().dependOnClassesThat().resideInAnyPackage("java.awt..")
                        .check(new ClassFileImporter().importClasses(UsesAwt.class)))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThat(self.size()).isEqualTo(2);
    }

    /** A class that breaks the rule, to show the rule catches it. */
    static final class UsesAwt {
        java.awt.Point p = new java.awt.Point();
    }
}
