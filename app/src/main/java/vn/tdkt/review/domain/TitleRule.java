package vn.tdkt.review.domain;

/**
 * The criteria of one person title under one legal text, read like its article: given what the review knows of the
 * person ({@link PersonFacts}), the assessment with every criterion and its reason. A rule holds no state; the
 * regime's numbers come from the rule set, and which rule applies to a title under a regime is data
 * ({@code review_title_basis.rule_code}, see {@link PersonRules}).
 */
interface TitleRule {

    /** The code stored in {@code review_title_basis.rule_code} (e.g. "ND91_D38_K1C"). */
    String code();

    Title title();

    Assessment assess(PersonFacts facts, RuleSet rules);
}
