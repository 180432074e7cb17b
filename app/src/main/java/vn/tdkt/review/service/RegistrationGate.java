package vn.tdkt.review.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.AwardSubject;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.registration.domain.RegisteredTitles;
import vn.tdkt.review.domain.Assessment;
import vn.tdkt.review.domain.Criterion;
import vn.tdkt.review.domain.ReviewResult;
import vn.tdkt.review.domain.RuleKey;

/**
 * The province option "not registered ⇒ not eligible" ({@link RuleKey#REGISTRATION_REQUIRED}, off by default: Luật
 * Thi đua, khen thưởng 2022 Điều 7 no longer makes registration a basis): when on, every assessment of a danh hiệu
 * thi đua gets one more required criterion, that the subject registered a title for the year.
 */
final class RegistrationGate {

    private RegistrationGate() {
    }

    static ReviewResult apply(ReviewResult result, IntFunction<RegisteredTitles> registrations, Catalogue catalogue) {
        if (registrations == null || !result.rules().flag(RuleKey.REGISTRATION_REQUIRED)) {
            return result;
        }
        RegisteredTitles registered = registrations.apply(result.year());
        String ref = result.rules().ref(RuleKey.REGISTRATION_REQUIRED);
        String year = String.valueOf(result.year());
        List<Assessment> out = new ArrayList<>(result.assessments().size());
        for (Assessment a : result.assessments()) {
            boolean title = catalogue.kind(a.title().kindCode()).map(k -> k.category() == AwardCategory.DANH_HIEU).orElse(false);
            if (!title) {
                out.add(a);
                continue;
            }
            long id = a.subject().id();
            String code = a.subject().type() == AwardSubject.CA_NHAN ? registered.ofPerson(id) : registered.ofUnit(id);
            boolean met = code != null;
            out.add(a.with(Criterion.required(Msg.of("registration.review.criterion"), met,
                    Msg.of(met ? "registration.review.registered" : "registration.review.notRegistered", year), ref,
                    Msg.of("registration.review.shortfall", year))));
        }
        return new ReviewResult(result.year(), result.reviewDate(), result.rules(), out, result.nextSteps());
    }
}
