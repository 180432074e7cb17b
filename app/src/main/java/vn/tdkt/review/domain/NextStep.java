package vn.tdkt.review.domain;

import java.util.List;
import java.util.Locale;
import vn.tdkt.common.domain.Msg;

/** For a person: the next title on a ladder not yet reached, and (from its assessment) what is missing for it. */
public record NextStep(SubjectRef subject, Assessment assessment) {

    public Title title() {
        return assessment.title();
    }

    /** What is missing, as noun phrases ("thêm 1 năm CSTĐCS liên tục"), in Vietnamese. */
    public List<String> missing() {
        return assessment.missing();
    }

    /** "Chiến sĩ thi đua cấp tỉnh: cần thêm 1 năm CSTĐCS liên tục và 1 sáng kiến phạm vi tỉnh". */
    public Msg message() {
        return Msg.of("review.reason.next", title(), Texts.and(assessment.missingTexts()));
    }

    /** {@link #message()} in Vietnamese. */
    public String text() {
        return message().vi();
    }

    /** {@link #message()} in a language. */
    public String text(Locale locale) {
        return message().in(locale);
    }
}
