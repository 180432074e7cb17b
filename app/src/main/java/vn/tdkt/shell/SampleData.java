package vn.tdkt.shell;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the sample workbook offered on the first start: -Dtdkt.samples, ./samples, or beside the jar's folders. */
final class SampleData {

    static final String WORKBOOK = "data/so-noi-vu-hung-yen.xlsx";
    /** The seeds' movements and milestones (and their agencies), imported after the main workbook. */
    static final String MOVEMENTS = "data/phong-trao-mau.xlsx";
    /** Seed 001's bloc covenant with its scored and confirmed ranking, read after the movements (record 0063). */
    static final String COVENANTS = "data/giao-uoc-khoi-mau.xlsx";

    /** The units' registration sheets of 2025 and the clerk's decisions on them, loaded last. */
    static final String REGISTRATIONS = "data/dang-ky-2025";

    private SampleData() {
    }

    /** The sample workbook, if it can be found (looks at the disk: call it in the background). */
    static Optional<Path> locate() {
        List<Path> roots = new ArrayList<>();
        String property = System.getProperty("tdkt.samples");
        if (property != null && !property.isBlank()) {
            roots.add(Path.of(property));
        }
        roots.add(Path.of("samples"));
        jarFolder().ifPresent(dir -> {
            for (Path p = dir; p != null; p = p.getParent()) {
                roots.add(p.resolve("samples"));
            }
        });
        return roots.stream().map(r -> r.resolve(WORKBOOK)).filter(Files::isRegularFile).findFirst();
    }

    /** The movements sample beside the main one, if there. */
    static Optional<Path> movements(Path workbook) {
        Path root = workbook.getParent().getParent();
        Path f = root.resolve(MOVEMENTS);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** The bloc covenant sample beside the main one, if there. */
    static Optional<Path> covenants(Path workbook) {
        Path f = workbook.getParent().getParent().resolve(COVENANTS);
        return Files.isRegularFile(f) ? Optional.of(f) : Optional.empty();
    }

    /** The registrations sample beside the main one, if there. */
    static Optional<Path> registrations(Path workbook) {
        Path f = workbook.getParent().getParent().resolve(REGISTRATIONS);
        return Files.isDirectory(f) ? Optional.of(f) : Optional.empty();
    }

    private static Optional<Path> jarFolder() {
        CodeSource source = SampleData.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Path.of(source.getLocation().toURI()).toAbsolutePath().getParent());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
