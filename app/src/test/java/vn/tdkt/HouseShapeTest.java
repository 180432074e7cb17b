package vn.tdkt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape issue #7 asks of the house, checked on the code itself (README, Tests, "#7 done-when"): no view over
 * 300 lines, no service over 15 public methods, no test reaching into a screen through a member only tests use, no
 * citation of a note the repository does not have.
 */
class HouseShapeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final int VIEW_LINES = 300;
    private static final int SERVICE_METHODS = 15;
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().importPackages("vn.tdkt");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Views, dialogs, pages and panes: every main source file that builds JavaFX nodes. */
    @Test
    void noViewIsOver300Lines() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        int views = 0;
        for (Path f : javaFiles(MAIN)) {
            List<String> lines = Files.readAllLines(f);
            if (lines.stream().anyMatch(l -> l.startsWith("import javafx.scene."))) {
                views++;
                if (lines.size() > VIEW_LINES) {
                    over.put(MAIN.relativize(f).toString(), lines.size());
                }
            }
        }
        assertTrue(views > 60, "the scan found the views: " + views);
        assertEquals(Map.of(), over, "views over " + VIEW_LINES + " lines");
    }

    private static boolean isTest(JavaClass c) {
        return c.getSource().map(s -> s.getUri().toString().contains("/test-classes/")).orElse(false);
    }

    /** Every main class named …Service (the services and the window's DialogService): its public methods, declared. */
    @Test
    void noServiceHasMoreThan15PublicMethods() {
        Map<String, Integer> over = new TreeMap<>();
        int services = 0;
        for (JavaClass c : classes) {
            if (isTest(c) || !c.getSimpleName().endsWith("Service") || c.isInterface()) {
                continue;
            }
            services++;
            long n = c.getMethods().stream()
                    .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE))
                    .count();
            if (n > SERVICE_METHODS) {
                over.put(c.getName(), (int) n);
            }
        }
        assertTrue(services > 30, "the scan found the services: " + services);
        assertEquals(Map.of(), over, "services with more than " + SERVICE_METHODS + " public methods");
    }

    /** Whether main code reaches the member, directly or through a method it overrides (a Screen's view(), …). */
    private static boolean usedByMain(JavaMember m) {
        Set<JavaAccess<?>> accesses = new java.util.HashSet<>(m instanceof JavaCodeUnit u ? u.getAccessesToSelf()
                : ((JavaField) m).getAccessesToSelf());
        if (m instanceof JavaMethod method) {
            for (JavaClass sup : method.getOwner().getAllRawSuperclasses()) {
                sup.tryGetMethod(method.getName(), method.getRawParameterTypes().stream().map(JavaClass::getName)
                        .toArray(String[]::new)).ifPresent(s -> accesses.addAll(s.getAccessesToSelf()));
            }
            for (JavaClass sup : method.getOwner().getAllRawInterfaces()) {
                sup.tryGetMethod(method.getName(), method.getRawParameterTypes().stream().map(JavaClass::getName)
                        .toArray(String[]::new)).ifPresent(s -> accesses.add(null));
            }
        }
        return accesses.stream().anyMatch(a -> a == null || !isTest(a.getOriginOwner()));
    }

    /**
     * The TestFX tests find what they check by id (lookups) or through the view model they build: no member of a
     * screen, dialog or window class exists only for them. A member counts as test-only when a TestFX test reaches
     * it and no main class does (an override of a type the window calls, such as Screen.view(), is main's).
     */
    @Test
    void theFxTestsUseNoTestOnlyAccessor() {
        Set<String> testOnly = new TreeSet<>();
        int fxTests = 0;
        for (JavaClass c : classes) {
            if (isTest(c) && (c.getSimpleName().endsWith("FxTest") || c.getSimpleName().equals("FxTestSupport"))) {
                fxTests++;
            }
            if (isTest(c) || !(c.getPackageName().endsWith(".ui") || c.getPackageName().startsWith("vn.tdkt.shell"))) {
                continue;
            }
            for (JavaMember m : c.getMembers()) {
                if (m instanceof JavaCodeUnit u && (u.isConstructor() || u.getName().equals("<clinit>"))) {
                    continue;
                }
                Set<? extends JavaAccess<?>> accesses = m instanceof JavaCodeUnit u ? u.getAccessesToSelf()
                        : ((JavaField) m).getAccessesToSelf();
                List<String> fx = accesses.stream().map(a -> a.getOriginOwner())
                        .map(o -> o.getEnclosingClass().orElse(o))
                        .filter(o -> isTest(o) && (o.getSimpleName().endsWith("FxTest") || o.getSimpleName().equals("FxTestSupport")))
                        .map(JavaClass::getSimpleName).distinct().sorted().toList();
                if (!fx.isEmpty() && !usedByMain(m)) {
                    testOnly.add(c.getSimpleName() + "." + m.getName() + " ← " + fx);
                }
            }
        }
        assertTrue(fxTests >= 20, "the scan found the TestFX tests: " + fxTests);
        assertEquals(Set.of(), testOnly, "members of screens that only TestFX tests use");
    }

    /**
     * A citation of a note outside the repository: the product brief's notes (domain law, forms, tech notes, style)
     * or the seeds beside the repository. Code, resources, tests, README and the records cite the law itself or a
     * record under app/docs/decisions instead.
     */
    private static final Pattern OUTSIDE_NOTE = Pattern.compile(
            "(?i)(\\.\\./shared|shared/docs|shared/seeds|domain-law(\\.md)?\\s*§|forms\\.md|tech-notes|style\\.md)");
    /**
     * Applied migrations keep their text (record 0027: Flyway checksums every applied script): their old citations
     * are read through records 0027 and 0057, which name them; nothing else may cite such a note.
     */
    private static final Set<String> KEEP_THEIR_TEXT = Set.of("V2__award_catalogue.sql", "V4__review_rules.sql",
            "V5__decisions.sql", "V6__council.sql", "V7__dossier.sql", "V42__time_limits.sql", "V70__registrations.sql",
            "0027-applied-migrations-keep-their-text.md", "0057-no-note-outside-the-repository.md");

    @Test
    void nothingCitesANoteTheRepositoryDoesNotHave() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src", "docs", "config", "packaging", "../.ci", "../samples")) {
            Path r = Path.of(root);
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|sql|properties|md|xml|txt)$")
                            || p.getParent().endsWith(".ci")).forEach(files::add);
                }
            }
        }
        files.add(Path.of("../README.md"));
        files.add(Path.of("pom.xml"));
        files.add(Path.of("../pom.xml"));
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            if (KEEP_THEIR_TEXT.contains(f.getFileName().toString()) || f.endsWith("HouseShapeTest.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = OUTSIDE_NOTE.matcher(lines.get(i));
                if (m.find()) {
                    found.add(f + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        assertTrue(files.size() > 500, "the scan found the files: " + files.size());
        assertEquals(List.of(), found, "citations of notes the repository does not have");
        for (String kept : KEEP_THEIR_TEXT) {
            if (kept.endsWith(".sql")) {
                assertTrue(Files.exists(Path.of("src/main/resources/db/migration", kept)), kept);
            }
        }
    }
}
