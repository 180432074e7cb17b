package vn.tdkt.decision.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A line of the drafts list.
 *
 * @param kindNames the danh hiệu/hình thức of the lines, each once
 * @param overrides lines kept although the review found them not eligible
 */
public record DraftSummary(long id, String decidingLevel, String subject, String authority, String period,
                           List<String> kindNames, int lines, int overrides, LocalDateTime updatedAt) {

    public DraftSummary {
        kindNames = List.copyOf(kindNames);
    }
}
