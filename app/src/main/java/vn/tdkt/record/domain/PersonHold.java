package vn.tdkt.record.domain;

import java.time.LocalDate;

/**
 * A pending investigation, inspection, complaint or discipline procedure entered on a person: the review is held
 * (Tạm hoãn) while it is open (NĐ 152/2025/NĐ-CP, Điều 4 khoản 4).
 *
 * @param document the document that opened it (quyết định thanh tra, thông báo thụ lý đơn, …)
 * @param until    the day it was closed (kết luận), null while open
 */
public record PersonHold(long id, long personId, HoldReason reason, String document, LocalDate from, LocalDate until,
                         String note) {

    /** True when the procedure is open on the given day. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
