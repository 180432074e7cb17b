package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/** Support given while nurturing a model (bồi dưỡng): what, when, by whom, and the money when there was some. */
public record Support(long id, long modelId, LocalDate on, String content, String provider, Long amount) {
}
