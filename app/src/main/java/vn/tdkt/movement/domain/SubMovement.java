package vn.tdkt.movement.domain;

/** A sub-movement (nội dung thi đua) of a plan and the agency assigned to lead it (seed 004 gives 20 of them). */
public record SubMovement(long id, int lineNo, String content, Long leadUnitId) {
}
