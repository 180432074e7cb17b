package vn.tdkt.council.domain;

import java.time.LocalDate;

/**
 * Hội đồng Thi đua - Khen thưởng as established by a decision.
 *
 * @param id        0 for a council not saved yet
 * @param authority the issuing authority, e.g. "Ủy ban nhân dân tỉnh Bắc Ninh"
 */
public record Council(long id, String name, String decisionNo, LocalDate decisionDate, String authority) {
}
