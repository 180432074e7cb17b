package vn.tdkt.shell;

import java.nio.file.Path;
import java.util.Optional;
import vn.tdkt.AppContext;
import vn.tdkt.common.ui.Ui;

/** First start on an empty database: offers to load the fictional sample department through the normal import. */
final class SampleOffer {

    private SampleOffer() {
    }

    static void offerIfEmpty(Ui ui, AppContext ctx, Runnable afterImport) {
        ui.tasks().run(ui.text("sample.checking"),
                p -> ctx.org().units().isEmpty() ? SampleData.locate() : Optional.<Path>empty(),
                sample -> sample.ifPresent(file -> {
                    if (ui.dialogs().confirm(ui.text("sample.title"), ui.text("sample.offer"))) {
                        load(ui, ctx, file, afterImport);
                    }
                }), ui.dialogs()::error);
    }

    /**
     * Imports the sample department, then beside it the seeds' movements (with their plans' details and dated status
     * changes, what the units have done, and the running movement's milestones moved to the load day:
     * {@link SampleMovements}), seed 001's bloc covenant with its confirmed ranking (whose units come with the
     * movements) and the running year's decisions ({@link SampleDecisions}), and last the units' registration sheets of
     * 2025 and the running year's registrations ({@link SampleRegistrations2026});
     * returns the main import's result.
     */
    static vn.tdkt.workbook.domain.ImportResult loadSample(AppContext ctx, Path file, vn.tdkt.common.domain.Progress p) {
        return loadSample(ctx, file, ctx.movements().today(), p);
    }

    /** {@link #loadSample(AppContext, Path, vn.tdkt.common.domain.Progress)} as if loaded on that day (tests). */
    static vn.tdkt.workbook.domain.ImportResult loadSample(AppContext ctx, Path file, java.time.LocalDate today,
                                                           vn.tdkt.common.domain.Progress p) {
        var result = ctx.workbook().importFile(file, p);
        SampleData.movements(file).ifPresent(m -> {
            ctx.workbook().importFile(m, p);
            SampleMovements.load(ctx, m.resolveSibling(SampleMovements.DONE), today);
            SampleData.covenants(file).ifPresent(c -> ctx.blocs().importCovenant(c, vn.tdkt.common.domain.Session.author(), false));
            SampleDecisions.load(ctx, m.resolveSibling(SampleDecisions.FILE), today);
        });
        SampleData.registrations(file).ifPresent(r -> SampleRegistrations.load(ctx, r, vn.tdkt.common.domain.Session.author(), p));
        SampleRegistrations2026.load(ctx, file.resolveSibling(SampleRegistrations2026.FILE), today,
                vn.tdkt.common.domain.Session.author());
        return result;
    }

    private static void load(Ui ui, AppContext ctx, Path file, Runnable afterImport) {
        ui.tasks().run(ui.text("sample.loading"), p -> {
            var result = loadSample(ctx, file, p);
            ctx.autoBackup(); // the loaded sample is a state worth going back to
            return result;
        }, result -> {
            afterImport.run();
            ui.dialogs().info(ui.text("sample.title"), ui.text("sample.done"));
        }, ui.dialogs()::error);
    }
}
