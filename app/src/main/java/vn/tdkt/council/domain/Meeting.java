package vn.tdkt.council.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting of the council.
 *
 * @param id          0 for a meeting not saved yet
 * @param startTime   null when not recorded
 * @param content     what the meeting considers, e.g. "Xét đề nghị khen thưởng năm 2025"
 * @param chairId     the member who chairs (chủ trì), null until chosen
 * @param secretaryId the member who keeps the minutes (thư ký), null until chosen
 */
public record Meeting(long id, long councilId, LocalDate date, LocalTime startTime, String place, SessionKind kind,
                      String content, Long chairId, Long secretaryId) {
}
