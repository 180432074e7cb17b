package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/** The recognition of a model as exemplary for a year (công nhận điển hình tiên tiến), by a decision (number + date). */
public record Recognition(long id, long modelId, int year, String decisionNo, LocalDate decisionDate) {
}
