package vn.tdkt.review.domain;

import java.util.List;
import vn.tdkt.record.domain.RatingLevel;

/** Giấy khen for a person (Luật 2022 Điều 75): hoàn thành tốt nhiệm vụ trở lên in the year, no discipline, no hold. */
final class GiayKhenRule implements TitleRule {

    static final String CODE = "GIAY_KHEN_D75";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Title title() {
        return Title.GIAY_KHEN;
    }

    @Override
    public Assessment assess(PersonFacts f, RuleSet rules) {
        String basis = rules.basis(Title.GIAY_KHEN);
        return f.shared.assessment(f.ref, Title.GIAY_KHEN, List.of(PersonCriteria.ratingAtLeast(f, RatingLevel.HTTNV, basis),
                PersonCriteria.discipline(f, rules), PersonCriteria.hold(f, rules)), basis);
    }
}
