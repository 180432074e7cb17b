package vn.tdkt.review.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.decision.domain.Eligibility;
import vn.tdkt.decision.domain.LineCheck;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.ReviewLookup;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Proposal;
import vn.tdkt.review.domain.Title;
import vn.tdkt.review.domain.Verdict;

/**
 * The review behind the decisions: for each line of a draft, the engine's verdict for that title and achievement year
 * (not in the year's review, or held, counts as not eligible, with the reason) and the stage of its proposal. Titles
 * the engine does not assess and households are marked "not assessed".
 */
public final class DecisionReview implements ReviewLookup {

    private final ReviewEligibility eligibility;
    private final ProposalService proposals;

    public DecisionReview(ReviewEligibility eligibility, ProposalService proposals) {
        this.eligibility = eligibility;
        this.proposals = proposals;
    }

    @Override
    public List<LineCheck> check(int year, List<RecipientDraft> lines) {
        return check(year, AwardFormType.CONG_TRANG, lines);
    }

    /**
     * The review's title of the line's kind, subject and loại hình (a đột xuất Bằng khen tỉnh is the review's
     * BK_TINH_DOT_XUAT); a loại hình the review has no title for (đối ngoại, niên hạn, a cống hiến Bằng khen) is not
     * assessed.
     */
    @Override
    public List<LineCheck> check(int year, AwardFormType formType, List<RecipientDraft> lines) {
        AwardFormType form = formType == null ? AwardFormType.CONG_TRANG : formType;
        List<Proposal> proposed = lines.stream().anyMatch(l -> l.personId() != null || l.unitId() != null)
                ? proposals.proposals(year) : List.of();
        List<LineCheck> out = new ArrayList<>(lines.size());
        for (RecipientDraft l : lines) {
            AwardSubject type = l.personId() != null ? AwardSubject.CA_NHAN : l.unitId() != null ? AwardSubject.TAP_THE : null;
            Optional<Title> title = type == null ? Optional.empty() : Arrays.stream(Title.values())
                    .filter(t -> t.kindCode().equals(l.kindCode()) && t.subject() == type && t.formType() == form).findFirst();
            if (title.isEmpty()) {
                out.add(LineCheck.NOT_ASSESSED);
                continue;
            }
            long id = type == AwardSubject.CA_NHAN ? l.personId() : l.unitId();
            Msg stage = proposed.stream().filter(p -> p.subjectType() == type && p.subjectId() == id && p.title() == title.get())
                    .findFirst().map(p -> Msg.of(p.stage().labelKey())).orElse(null);
            Optional<Assessment> a = eligibility.assessment(type, id, title.get(), year);
            if (a.isEmpty()) {
                out.add(new LineCheck(Eligibility.KHONG_DU_DIEU_KIEN, Msg.of("review.lookup.notInReview", String.valueOf(year)),
                        stage));
            } else if (a.get().verdict() == Verdict.ELIGIBLE) {
                out.add(new LineCheck(Eligibility.DU_DIEU_KIEN, null, stage));
            } else if (a.get().verdict() == Verdict.NOT_ASSESSED) {
                out.add(new LineCheck(Eligibility.KHONG_DANH_GIA, a.get().reasonText(), stage));
            } else {
                Msg reason = a.get().verdict() == Verdict.HELD ? Msg.of("review.lookup.held", a.get().reasonText())
                        : a.get().reasonText();
                out.add(new LineCheck(Eligibility.KHONG_DU_DIEU_KIEN, reason, stage));
            }
        }
        return out;
    }
}
