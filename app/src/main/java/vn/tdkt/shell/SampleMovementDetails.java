package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.Phase;
import vn.tdkt.movement.domain.PhaseKind;
import vn.tdkt.movement.domain.PlanPart;
import vn.tdkt.movement.domain.PlannedReward;
import vn.tdkt.movement.domain.SubMovement;

/**
 * What the sample's movements carry beside the workbook's columns, as the seeds (and the department's own 2026 plan)
 * write them: issuing body, signer, theme, criteria, the Kế hoạch's texts, sub-movements with their lead agencies,
 * planned rewards, participating units and blocs, the planned sơ kết / tổng kết ({@value #FILE}: tab-separated Mã
 * phong trào, Mục, then the values; {@code \n} in a value is a line break). Read at first start right after the
 * movements sample.
 */
public final class SampleMovementDetails {

    /** The file beside the movements sample. */
    public static final String FILE = "phong-trao-chi-tiet.tsv";

    private SampleMovementDetails() {
    }

    /** One line of the file: the movement's code, what the line sets, its values. */
    record Line(String code, String key, List<String> values) {

        String value(int i) {
            return i < values.size() && !values.get(i).isBlank() ? values.get(i) : null;
        }
    }

    /** The file's lines after its header (none when the file is not there). */
    static List<Line> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            List<Line> out = new ArrayList<>();
            for (String row : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] cells = row.split("\t", -1);
                if (cells.length >= 3) {
                    List<String> values = new ArrayList<>();
                    for (int i = 2; i < cells.length; i++) {
                        values.add(cells[i].replace("\\n", "\n").strip());
                    }
                    out.add(new Line(cells[0].strip(), cells[1].strip(), values));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves every movement the file names with what it lists, each in one call (status lines and the issued plan's
     * number and day, which only the first start applies, are left out).
     */
    public static void load(AppContext ctx, Path file, String user) {
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        for (Line l : read(file)) {
            if (!l.key().equals(SampleMovements.STATUS) && !l.key().equals(SampleMovements.ISSUED)) {
                byCode.computeIfAbsent(l.code(), c -> new ArrayList<>()).add(l);
            }
        }
        Map<String, Long> units = new HashMap<>();
        ctx.org().units().forEach(u -> units.put(u.code(), u.id()));
        Map<String, Long> blocs = new HashMap<>();
        ctx.org().blocs().forEach(b -> blocs.put(b.name(), b.id()));
        byCode.forEach((code, lines) -> {
            Movement m = ctx.movements().byCode(code).orElseThrow(() -> new IllegalStateException(code));
            MovementDetails d = ctx.movements().find(m.id()).orElseThrow();
            ctx.movements().save(apply(d, lines, units, blocs), d, user);
        });
    }

    private static MovementDetails apply(MovementDetails d, List<Line> lines, Map<String, Long> units,
                                         Map<String, Long> blocs) {
        Movement m = d.movement();
        Map<String, String> f = new HashMap<>();
        Map<PlanPart, String> texts = new EnumMap<>(PlanPart.class);
        texts.putAll(d.texts());
        List<SubMovement> items = new ArrayList<>();
        List<PlannedReward> rewards = new ArrayList<>();
        List<Long> unitIds = new ArrayList<>();
        List<Long> blocIds = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        for (Line l : lines) {
            switch (l.key()) {
                case "phase" -> phases.add(new Phase(0, Labelled.parse(PhaseKind.class, l.value(0))
                        .orElseThrow(() -> new IllegalStateException(FILE + ": " + l.value(0))), l.value(1),
                        VnFormat.parseDate(l.value(2)).orElseThrow(() -> new IllegalStateException(FILE + ": " + l.value(2)))));
                case "item" -> items.add(new SubMovement(0, items.size() + 1, l.value(0),
                        l.value(1) == null ? null : id(units, l.value(1))));
                case "reward" -> rewards.add(new PlannedReward(l.value(0),
                        l.value(1) == null ? null : Integer.valueOf(l.value(1)), l.value(2)));
                case "unit" -> unitIds.add(id(units, l.value(0)));
                case "bloc" -> blocIds.add(id(blocs, l.value(0)));
                default -> {
                    if (l.key().startsWith("text.")) {
                        texts.put(PlanPart.valueOf(l.key().substring(5)), l.value(0));
                    } else {
                        f.put(l.key(), l.value(0));
                    }
                }
            }
        }
        Movement changed = m.withIssuer(or(f, "authorityParent", m.authorityParent()), or(f, "authority", m.authority()),
                        or(f, "place", m.place()))
                .withSigner(or(f, "signerAuthority", m.signerAuthority()), or(f, "signerTitle", m.signerTitle()),
                        or(f, "signerName", m.signerName()))
                .withTheme(or(f, "theme", m.theme()), or(f, "slogan", m.slogan()), or(f, "targets", m.targets()))
                .withCriteria(or(f, "criteriaCollective", m.criteriaCollective()),
                        or(f, "criteriaIndividual", m.criteriaIndividual()), or(f, "criteriaHousehold", m.criteriaHousehold()));
        return new MovementDetails(changed, phases.isEmpty() ? d.phases() : phases, items.isEmpty() ? d.items() : items,
                unitIds.isEmpty() ? d.unitIds() : unitIds, blocIds.isEmpty() ? d.blocIds() : blocIds,
                rewards.isEmpty() ? d.rewards() : rewards, texts);
    }

    private static String or(Map<String, String> f, String key, String kept) {
        return f.containsKey(key) ? f.get(key) : kept;
    }

    private static long id(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException(FILE + ": " + key);
        }
        return id;
    }
}
