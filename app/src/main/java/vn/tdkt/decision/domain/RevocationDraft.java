package vn.tdkt.decision.domain;

import java.time.LocalDate;

/** A quyết định thu hồi as entered: number, date and the reason (Luật Thi đua, khen thưởng 2022, Điều 93 khoản 2). */
public record RevocationDraft(String decisionNo, LocalDate decisionDate, String reason) {
}
