package vn.tdkt.movement.domain;

import java.math.BigDecimal;

/** The points the bloc gave a unit on a criterion (by the criterion's line number). */
public record BlocScore(long unitId, int lineNo, BigDecimal points) {
}
