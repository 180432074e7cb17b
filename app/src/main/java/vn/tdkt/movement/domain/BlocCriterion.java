package vn.tdkt.movement.domain;

import java.math.BigDecimal;

/** A scoring criterion of a covenant: its line, its name and điểm chuẩn (the most a unit can be given). */
public record BlocCriterion(long id, int lineNo, String name, BigDecimal maxPoints) {
}
