package vn.tdkt.movement.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.SinceOpened;
import vn.tdkt.common.domain.VnFormat;

/**
 * The fields of a bloc's covenant (giao ước thi đua) and of its scores compared when a save checks that nobody else
 * saved them since the clerk opened the page (issue #14): what the covenant part of the page shows (day, place, plan,
 * text, the signing units by name, the criteria with their maximum points) and every point of the grid, named by unit
 * and criterion. The confirmation is not compared: a confirmed covenant is refused anyway until it is reopened.
 */
public final class BlocChanges {

    private BlocChanges() {
    }

    /** A covenant's fields; {@code unitName} and {@code movementCode} name the references. */
    public static SinceOpened<Covenant> covenant(Function<Long, String> unitName, Function<Long, String> movementCode) {
        return SinceOpened.<Covenant>fields()
                .field("bloc.label.signedOn", Covenant::signedOn)
                .field("bloc.place", Covenant::place)
                .field("bloc.movement", c -> c.movementId() == null ? null : movementCode.apply(c.movementId()))
                .field("bloc.content", Covenant::content)
                .field(BlocField.SIGNERS, c -> c.signers().stream().map(s -> unitName.apply(s.unitId())).sorted().toList())
                .field("bloc.criteria", c -> c.criteria().stream()
                        .map(k -> k.name() + " (" + points(k.maxPoints()) + ")").toList());
    }

    /** The points of every signing unit on every criterion of the covenant. */
    public static SinceOpened<List<BlocScore>> scores(Covenant c, Function<Long, String> unitName) {
        SinceOpened<List<BlocScore>> f = SinceOpened.fields();
        for (Covenant.CovenantSigner s : c.signers()) {
            for (BlocCriterion k : c.criteria()) {
                f.field(Msg.of("bloc.label.score", unitName.apply(s.unitId()), k.name()), list -> list.stream()
                        .filter(x -> x.unitId() == s.unitId() && x.lineNo() == k.lineNo()).findFirst()
                        .map(x -> points(x.points())).orElse(null));
            }
        }
        return f;
    }

    private static String points(BigDecimal p) {
        return p == null ? null : VnFormat.decimal(p);
    }
}
