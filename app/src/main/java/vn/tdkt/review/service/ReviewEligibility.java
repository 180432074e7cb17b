package vn.tdkt.review.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.dossier.domain.DossierSubject;
import vn.tdkt.dossier.domain.EligibilityCheck;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The review engine as the dossiers' eligibility check: a subject blocks a dossier unless the engine finds it
 * eligible for the award in that achievement year. The review date is today (31/12 of the year while the year runs
 * on). A review is reused for {@value #REUSE_SECONDS} s, so checking a dossier's many subjects reviews the year once.
 * Awards the engine does not assess (households, Cờ thi đua của Chính phủ, higher Huân chương) are not blocked here.
 */
public final class ReviewEligibility implements EligibilityCheck {

    static final long REUSE_SECONDS = 30;

    private final ReviewService reviews;
    private final Clock clock;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(ReviewResult result, Instant at) {
    }

    public ReviewEligibility(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public Optional<String> blockingReason(DossierSubject subject, String awardKindCode, int year) {
        AwardSubject type = subject.personId() != null ? AwardSubject.CA_NHAN
                : subject.unitId() != null ? AwardSubject.TAP_THE : null;
        if (type == null) {
            return Optional.empty();
        }
        long id = type == AwardSubject.CA_NHAN ? subject.personId() : subject.unitId();
        Optional<Title> title = java.util.Arrays.stream(Title.values())
                .filter(t -> t.kindCode().equals(awardKindCode) && t.subject() == type).findFirst();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<Assessment> found = assessment(type, id, title.get(), year);
        if (found.isEmpty()) {
            return Optional.of("không có trong kết quả bình xét năm " + year + " (không công tác trong năm hoặc chưa có dữ liệu)");
        }
        Assessment a = found.get();
        if (a.verdict() == Verdict.ELIGIBLE || a.verdict() == Verdict.NOT_ASSESSED) {
            return Optional.empty(); // the engine blocks only what the data decides (issue #8)
        }
        String unmet = a.criteria().stream().filter(c -> !c.met()).map(c -> c.text().vi()).collect(Collectors.joining("; "));
        return Optional.of(a.verdict().label() + " " + title.get().label() + " năm " + year + ": " + unmet);
    }

    /**
     * The engine's assessment of a subject for a title and achievement year (the review of that year, reused for
     * {@value #REUSE_SECONDS} s), or empty when the subject is not in the year's review (not working that year).
     */
    public Optional<Assessment> assessment(AwardSubject type, long id, Title title, int year) {
        return review(year).assessments().stream()
                .filter(a -> a.title() == title && a.subject().type() == type && a.subject().id() == id).findFirst();
    }

    private ReviewResult review(int year) {
        Instant now = clock.instant();
        Cached c = cache.get(year);
        if (c == null || Duration.between(c.at(), now).getSeconds() >= REUSE_SECONDS) {
            LocalDate today = LocalDate.now(clock);
            LocalDate date = today.getYear() > year ? today : LocalDate.of(year, 12, 31);
            c = new Cached(reviews.review(year, date, Progress.NONE), now);
            cache.put(year, c);
        }
        return c.result();
    }
}
