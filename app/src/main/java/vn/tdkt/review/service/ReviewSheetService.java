package vn.tdkt.review.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Progress;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.service.OrgService;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.people.service.PeopleService;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.ReviewLine;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.SubjectRef;
import vn.tdkt.review.domain.Title;

/**
 * The review screen's one query: the review of a year on a review date, joined with the people's units, the units
 * and the year's proposals into ready lines, plus every unit (for the unit filter and its sub-units).
 */
public final class ReviewSheetService {

    /** The review with its lines, in review order, and the units. */
    public record ReviewSheet(ReviewResult result, List<Unit> units, List<ReviewLine> lines) {
    }

    private record Key(AwardSubject type, long id, Title title) {
    }

    private final ReviewService review;
    private final ProposalService proposals;
    private final PeopleService people;
    private final OrgService org;
    private final IntFunction<RegisteredNames> registered;

    public ReviewSheetService(ReviewService review, ProposalService proposals, PeopleService people, OrgService org) {
        this(review, proposals, people, org, null);
    }

    /** @param registered the name of the title each person and unit registered in a year (registered vs achieved) */
    public ReviewSheetService(ReviewService review, ProposalService proposals, PeopleService people, OrgService org,
                              IntFunction<RegisteredNames> registered) {
        this.review = review;
        this.proposals = proposals;
        this.people = people;
        this.org = org;
        this.registered = registered;
    }

    /** Person id → registered title name, unit id → registered collective title name. */
    public record RegisteredNames(Map<Long, String> persons, Map<Long, String> units) {
    }

    /** Runs the review (cancellable through the progress) and joins it into lines. */
    public ReviewSheet sheet(int year, LocalDate reviewDate, Progress progress) {
        ReviewResult r = review.review(year, reviewDate, progress);
        List<Unit> units = org.units();
        Map<Long, Unit> unitById = new HashMap<>();
        units.forEach(u -> unitById.put(u.id(), u));
        Map<Long, PersonRow> personById = new HashMap<>();
        people.index().all().forEach(row -> personById.put(row.person().id(), row));
        Map<Key, Proposal> proposed = new HashMap<>();
        proposals.proposals(year).forEach(x -> proposed.put(new Key(x.subjectType(), x.subjectId(), x.title()), x));
        RegisteredNames names = registered == null ? new RegisteredNames(Map.of(), Map.of()) : registered.apply(year);
        List<ReviewLine> lines = new ArrayList<>(r.assessments().size());
        for (Assessment a : r.assessments()) {
            SubjectRef s = a.subject();
            Proposal prop = proposed.get(new Key(s.type(), s.id(), a.title()));
            if (s.type() == AwardSubject.CA_NHAN) {
                PersonRow pr = personById.get(s.id());
                lines.add(new ReviewLine(a, pr == null ? -1 : pr.person().unitId(), pr == null ? "" : pr.unitName(), prop,
                        names.persons().get(s.id())));
            } else {
                Unit u = unitById.get(s.id());
                Unit parent = u == null || u.parentId() == null ? null : unitById.get(u.parentId());
                lines.add(new ReviewLine(a, s.id(), parent == null ? "" : parent.name(), prop, names.units().get(s.id())));
            }
            progress.checkCancelled();
        }
        return new ReviewSheet(r, units, lines);
    }
}
