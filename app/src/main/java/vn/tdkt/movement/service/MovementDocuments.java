package vn.tdkt.movement.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.regime.domain.LegalRegime;
import vn.tdkt.catalog.service.CatalogueService;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.movement.data.MovementRepository;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.OfficeIssuer;

/** The documents of a movement: the Kế hoạch (docx, NĐ 30/2020 layout). */
public final class MovementDocuments {

    private final Database db;
    private final CatalogueService catalogue;
    private final MovementRepository repo = new MovementRepository();
    private final Function<LocalDate, OfficeIssuer> office;
    private final Clock clock;

    public MovementDocuments(Database db, CatalogueService catalogue) {
        this(db, catalogue, day -> OfficeIssuer.NONE, Clock.systemDefaultZone());
    }

    /**
     * @param office the office's issuer and signer on a day (the council in office and its chair), for a movement that
     *               names none: the Kế hoạch takes them on its plan date, else on the day it is written, as the báo cáo
     *               and the công văn đôn đốc do on theirs (decision 160, decision 172)
     * @param clock  the day a Kế hoạch without a plan date is written
     */
    public MovementDocuments(Database db, CatalogueService catalogue, Function<LocalDate, OfficeIssuer> office, Clock clock) {
        this.db = db;
        this.catalogue = catalogue;
        this.office = office;
        this.clock = clock;
    }

    /** Writes the Kế hoạch of a movement to a .docx file and returns it. */
    public Path writePlan(long movementId, Path file) {
        PlanDocument.Input in = db.transaction(tx -> {
            Movement m = repo.find(tx, movementId).orElseThrow(() -> new AppException(Msg.of("movement.problem.gone")));
            MovementDetails d = office.apply(m.planDate() != null ? m.planDate() : LocalDate.now(clock))
                    .fill(repo.details(tx, m));
            Movement parent = m.parentId() == null ? null : repo.find(tx, m.parentId()).orElse(null);
            Map<Long, String> names = new HashMap<>(repo.unitNames(tx));
            Map<String, AwardKind> kinds = catalogue.catalogue().kinds().stream()
                    .collect(Collectors.toMap(AwardKind::code, Function.identity(), (a, b) -> a));
            java.util.List<Movement> children = repo.list(tx).stream()
                    .filter(c -> c.parentId() != null && c.parentId() == movementId)
                    .sorted(java.util.Comparator.comparing(Movement::code)).toList();
            return new PlanDocument.Input(d, parent, names, kinds, repo.milestones(tx, movementId), children, earlierLaw(m));
        });
        try (Nd30Document doc = new PlanDocument(in).build()) {
            doc.write(file);
        }
        return file;
    }

    /**
     * The regime in force on the plan date (an undated plan: its start) when it precedes the law the catalogue's legal
     * bases are written for (the regime in force today): a plan of 2021 rewards under Luật 2003 + NĐ 91/2017, not under
     * the 2022 law's articles.
     */
    private LegalRegime earlierLaw(Movement m) {
        // an undated draft (seed 001, "Số: /KH-KHCN" for 2023) is judged on its period's start: not on today's law
        LocalDate day = m.planDate() != null ? m.planDate() : m.startDate();
        if (day == null) {
            return null;
        }
        var regimes = catalogue.regimes().catalog();
        LegalRegime then = regimes.on(day).orElse(null);
        LegalRegime now = regimes.on(LocalDate.now(clock)).orElse(null);
        if (then == null || now == null) {
            return null;
        }
        return lawOf(then).equals(lawOf(now)) ? null : then;
    }

    /** The law a regime belongs to: the first words of its name, before "và Nghị định" (e.g. Luật ... 2022). */
    private static String lawOf(LegalRegime r) {
        String n = r.name();
        int i = n.indexOf(" và ");
        String law = i < 0 ? n : n.substring(0, i);
        int amended = law.indexOf(" (");
        return amended < 0 ? law : law.substring(0, amended);
    }

    /** Writes the Kế hoạch of the movement with that code. */
    public Path writePlan(String code, Path file) {
        Movement m = repo.byCode(db.dsl(), code).orElseThrow(() -> new AppException(Msg.of("movement.problem.unknownCode", code)));
        return writePlan(m.id(), file);
    }
}
