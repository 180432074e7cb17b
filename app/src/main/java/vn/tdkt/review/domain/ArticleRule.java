package vn.tdkt.review.domain;

/**
 * What names a rule: the code stored in {@code review_title_basis.rule_code} and the title it assesses. The rules of
 * one title under two regimes (Luật 2022 and NĐ 91/2017 for the same award) extend it, so that each class holds only
 * its article; the steps they share are in {@link LongService} and {@link UnitChains}.
 */
abstract class ArticleRule {

    private final String code;
    private final Title title;

    ArticleRule(String code, Title title) {
        this.code = code;
        this.title = title;
    }

    public final String code() {
        return code;
    }

    public final Title title() {
        return title;
    }
}
