package vn.tdkt.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.LegalBasis;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.record.domain.AwardFormType;

/**
 * The sample department's decisions of the running year, recorded at first start as the decisions screen records
 * them (the list priced under the regime in force on the decision's day, one award history line per recipient, the
 * movement they belong to): {@value #FILE}, tab-separated, one decision a line — Số quyết định, Ngày quyết định, Mã
 * phong trào, Loại hình khen thưởng, Năm thành tích, Mã hình thức, Cơ quan chủ quản, Cơ quan ban hành, Địa danh,
 * Trích yếu, Thẩm quyền, Quyền hạn và chức vụ người ký, Người ký, Lý do khen thưởng, Cơ quan thi hành, Nơi nhận, Theo đề
 * nghị của, Mã được khen (codes of people and units, separated by spaces); {@code \n} in a cell breaks the line. A
 * decision dated after the load day is left out.
 */
final class SampleDecisions {

    /** The file beside the movements sample. */
    static final String FILE = "quyet-dinh-2026.tsv";

    private SampleDecisions() {
    }

    static void load(AppContext ctx, Path file, LocalDate today) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<String> rows;
        try {
            rows = Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(r -> !r.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> people = new HashMap<>();
        ctx.people().index().all().stream().map(PersonRow::person).forEach(p -> people.put(p.code(), p.id()));
        Map<String, Long> units = new HashMap<>();
        ctx.org().units().forEach(u -> units.put(u.code(), u.id()));
        for (String row : rows) {
            String[] c = Arrays.stream(row.split("\t", -1)).map(x -> x.replace("\\n", "\n").strip()).toArray(String[]::new);
            LocalDate day = VnFormat.parseDate(c[1]).orElseThrow(() -> new IllegalStateException(FILE + ": " + c[1]));
            if (day.isAfter(today)) {
                continue;
            }
            long movement = ctx.movements().byCode(c[2]).orElseThrow(() -> new IllegalStateException(FILE + ": " + c[2])).id();
            AwardFormType form = AwardFormType.parse(c[3]).orElseThrow(() -> new IllegalStateException(FILE + ": " + c[3]));
            int year = Integer.parseInt(c[4]);
            List<String> basis = new ArrayList<>(LegalBasis.defaults(ctx.catalogue().regimes().catalog(), day));
            basis.set(basis.size() - 1, "Theo đề nghị của " + c[16] + ".");
            DecisionInfo info = new DecisionInfo(c[0], day, blankToNull(c[6]), c[7], c[8], c[9], c[10], lines(c[11]), c[12],
                    form, year, year, basis, c[13], c[14], lines(c[15]));
            List<RecipientDraft> recipients = new ArrayList<>();
            for (String code : c[17].split("\\s+")) {
                if (people.containsKey(code)) {
                    recipients.add(RecipientDraft.person(people.get(code), c[5]));
                } else if (units.containsKey(code)) {
                    recipients.add(RecipientDraft.unit(units.get(code), c[5]));
                } else {
                    throw new IllegalStateException(FILE + ": " + code);
                }
            }
            ctx.decisions().drafting().record(new DecisionDraft(info, recipients, movement));
        }
    }

    private static List<String> lines(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\n"));
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
