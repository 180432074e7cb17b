package vn.tdkt.movement.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.movement.service.MovementDocuments;

/** {@code tdkt plan --movement CODE --out FILE.docx}: the Kế hoạch of a movement (NĐ 30/2020 layout). */
@Command(name = "plan", sortOptions = false, usageHelpAutoWidth = true,
        description = "Ghi Kế hoạch phát động phong trào thi đua (.docx) của một phong trào.")
public final class PlanCommand implements Callable<Integer> {

    @Option(names = "--movement", required = true, paramLabel = "MÃ", description = "Mã phong trào (bắt buộc).")
    String movement;

    @Option(names = "--out", required = true, paramLabel = "TỆP.docx", description = "Tệp sẽ ghi (bắt buộc).")
    Path out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Hiện hướng dẫn này rồi thoát.")
    boolean help;

    @Spec
    CommandSpec spec;

    private final Supplier<Database> database;

    public PlanCommand(Supplier<Database> database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        CommandSupport.extension(out, List.of(".docx"), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try (Database db = database.get()) {
            MovementDocuments docs = new MovementDocuments(db, new CatalogueService(db));
            Path written = docs.writePlan(movement.trim(), out);
            spec.commandLine().getOut().println(Msg.of("movement.written", written.toAbsolutePath().toString()).vi());
            return 0;
        }
    }
}
