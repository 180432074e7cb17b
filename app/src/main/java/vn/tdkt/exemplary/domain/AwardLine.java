package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/** An award the model's person or unit received, from the award history (quá trình khen thưởng). */
public record AwardLine(String kindName, String period, String decisionNo, LocalDate decisionDate, String authority) {
}
