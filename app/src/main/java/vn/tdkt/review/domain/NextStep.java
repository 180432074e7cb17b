package vn.tdkt.review.domain;

import java.util.List;

/** For a person: the next title on a ladder not yet reached, and (from its assessment) what is missing for it. */
public record NextStep(SubjectRef subject, Assessment assessment) {

    public Title title() {
        return assessment.title();
    }

    /** What is missing, as noun phrases ("thêm 1 năm CSTĐCS liên tục"). */
    public List<String> missing() {
        return assessment.missing();
    }

    /** "Chiến sĩ thi đua cấp tỉnh: cần thêm 1 năm CSTĐCS liên tục và 1 sáng kiến phạm vi tỉnh". */
    public String text() {
        return title().label() + ": cần " + String.join(" và ", missing());
    }
}
