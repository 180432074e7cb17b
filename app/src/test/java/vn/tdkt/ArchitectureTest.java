package vn.tdkt;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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

    /** The generated jOOQ code (tables, records) is the data layer's own. */
    @ArchTest
    static final ArchRule onlyDataTouchesTheGeneratedCode = noClasses().that().resideOutsideOfPackage("..data..")
            .should().dependOnClassesThat().resideInAPackage("vn.tdkt.common.data.jooq..")
            .because("queries and generated tables live in the feature's data package");

    /**
     * Outside {@code ..data..} jOOQ appears only as the opaque transaction handle {@code DSLContext} that a service
     * receives from {@code Database.transaction} and passes to its repositories: no other jOOQ type, no call on it.
     */
    @ArchTest
    static final ArchRule onlyDataUsesJooq = classes().that().resideOutsideOfPackage("..data..")
            .should(new ArchCondition<JavaClass>("use jOOQ only as the DSLContext transaction handle, never call it") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        JavaClass t = d.getTargetClass();
                        if (t.getPackageName().startsWith("org.jooq") && !t.getName().equals("org.jooq.DSLContext")) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                    for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                        if (call.getTargetOwner().getPackageName().startsWith("org.jooq")) {
                            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                        }
                    }
                }
            });

    /** The export toolkit (AtomicWrite, TextWidth, excel, word) is a library below the services: no data, no UI. */
    @ArchTest
    static final ArchRule exportToolkitIsBelowServices = noClasses()
            .that().resideInAnyPackage("vn.tdkt.export", "vn.tdkt.export.excel..", "vn.tdkt.export.word..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jooq..", "java.sql..",
                    "..data..", "..service..", "..ui..", "..cli..", "vn.tdkt.shell..");

    /** Only services (and the toolkit itself) write documents with it; screens ask a service (export.domain is domain). */
    @ArchTest
    static final ArchRule exportToolkitIsUsedByServicesOnly = noClasses()
            .that().resideOutsideOfPackages("..service..", "vn.tdkt.export..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.tdkt.export", "vn.tdkt.export.excel..",
                    "vn.tdkt.export.word..");

    /** One composition root: screens and commands take their services from AppContext, they never build one. */
    @ArchTest
    static final ArchRule servicesAreBuiltOnlyByTheCompositionRoot = noClasses()
            .that().resideInAnyPackage("..ui..", "..cli..", "vn.tdkt.shell..")
            .should().callConstructorWhere(com.tngtech.archunit.base.DescribedPredicate.describe("of a service",
                    (com.tngtech.archunit.core.domain.JavaConstructorCall call) ->
                            call.getTargetOwner().getPackageName().endsWith(".service")
                                    && call.getTargetOwner().getSimpleName().endsWith("Service")))
            .because("vn.tdkt.AppContext builds every service, for the window and the command line alike");

    /**
     * The same, for every class that is not a service: only AppContext (and a service composing its own parts, as
     * CatalogueService its RegimeService) builds a service or a holder of services (DecisionServices.of, …); the
     * entry points beside it (Launcher, WindowStart) and the data and domain layers never do.
     */
    @ArchTest
    static final ArchRule onlyTheCompositionRootBuildsServices = noClasses()
            .that().resideOutsideOfPackage("..service..").and().doNotHaveFullyQualifiedName("vn.tdkt.AppContext")
            .should().callCodeUnitWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a service's constructor or a holder of services' factory",
                    (com.tngtech.archunit.core.domain.JavaCall<?> call) -> {
                        JavaClass owner = call.getTargetOwner();
                        boolean service = owner.getPackageName().endsWith(".service");
                        return service && (call.getTarget().getName().equals("<init>") && owner.getSimpleName().endsWith("Service")
                                || owner.getSimpleName().endsWith("Services") && call.getTarget().getName().equals("of"));
                    }))
            .because("vn.tdkt.AppContext is the one composition root (record 0021)");

    /**
     * A screen's problems point at typed fields (Problem.of(Field, Msg)) or at nothing (Problem.file): a screen never
     * builds a Problem naming a column by a display string; columns are the workbook's own headers.
     */
    @ArchTest
    static final ArchRule screensReportProblemsOnTypedFields = noClasses().that().resideInAnyPackage("..ui..", "vn.tdkt.shell..")
            .should().callConstructor(vn.tdkt.common.domain.Problem.class, String.class, int.class, String.class,
                    vn.tdkt.common.domain.Msg.class)
            .orShould().callConstructor(vn.tdkt.common.domain.Problem.class, String.class, int.class, String.class, String.class)
            .orShould().callConstructor(vn.tdkt.common.domain.Problem.class, String.class, int.class, String.class,
                    vn.tdkt.common.domain.Field.class, vn.tdkt.common.domain.Msg.class)
            .because("Problem carries typed field keys across layers, not display strings (issue #7)");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.tdkt.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noConsolePrintingInMainCode = noClasses().should()
            .accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("log with SLF4J; the command line prints through picocli's writers");
}
