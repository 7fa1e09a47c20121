package dev.promptcanvas.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workbench talks to the core and inference through their APIs and never reaches into the app or SQL. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.promptcanvas.ui");

    @Test
    void noDependencyOnTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.promptcanvas.app..").check(classes);
    }

    @Test
    void noSqlInTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..").check(classes);
    }

    @Test
    void settingsAreFreeOfJavaFx() {
        noClasses().that().resideInAPackage("dev.promptcanvas.ui.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }
}
