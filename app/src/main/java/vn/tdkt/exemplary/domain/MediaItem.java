package vn.tdkt.exemplary.domain;

import java.time.LocalDate;

/** A piece of media coverage (tuyên truyền): an article or a broadcast, its outlet, its date and its link. */
public record MediaItem(long id, long modelId, MediaKind kind, String title, String outlet, LocalDate on, String link) {
}
