package vn.tdkt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Layers: ui → service → data → domain, feature packages without cycles. */
@AnalyzeClasses(packages = "vn.tdkt", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jooq..",
                    "org.apache.poi..", "java.sql..", "..data..", "..service..", "..ui..");

    @ArchTest
    static final ArchRule dataKnowsNoServiceNorUi = noClasses().that().resideInAPackage("..data..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.apache.poi..",
                    "..service..", "..ui..");

    @ArchTest
    static final ArchRule serviceKnowsNoUi = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "..ui..");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..data..", "org.apache.poi..", "java.sql..");

    @ArchTest
    static final ArchRule servicesUseOnlyTheirOwnFeaturesData = classes().that().resideInAPackage("..service..")
            .should(new ArchCondition<JavaClass>("use only the data package of their own feature") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    String own = feature(c.getPackageName());
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getPackageName();
                        if (target.startsWith("vn.tdkt.") && target.contains(".data") && !target.startsWith("vn.tdkt.common.")
                                && !feature(target).equals(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            });

    private static String feature(String pkg) {
        String rest = pkg.substring("vn.tdkt.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.tdkt.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsolePrintingInMainCode = noClasses().should()
            .accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("log with SLF4J; the command line prints through picocli's writers");
}
