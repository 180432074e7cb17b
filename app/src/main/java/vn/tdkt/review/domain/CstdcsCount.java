package vn.tdkt.review.domain;

import java.util.List;

/** "Trong thời gian đó có N lần đạt Chiến sĩ thi đua cơ sở", counted through {@link PersonFacts#hasTitle}. */
final class CstdcsCount {

    private CstdcsCount() {
    }

    private record NoneKey(int needed, String legalRef) {
    }

    static Criterion in(PersonFacts f, List<Integer> period, int needed, String legalRef) {
        List<Integer> cs = period.stream().filter(y -> f.hasTitle(Title.CSTDCS, y)).toList();
        if (cs.isEmpty()) {
            return f.shared.memo(new NoneKey(needed, legalRef), k -> build(List.of(), k.needed(), k.legalRef()));
        }
        return build(cs.stream().map(y -> f.titleEvidence(Title.CSTDCS, y)).toList(), needed, legalRef);
    }

    private static Criterion build(List<String> cs, int needed, String legalRef) {
        return Criterion.required("Trong thời gian đó có " + needed + " lần đạt Chiến sĩ thi đua cơ sở", cs.size() >= needed,
                cs.isEmpty() ? "không có CSTĐCS trong thời gian đó" : cs.size() + " lần: " + String.join(", ", cs), legalRef,
                "thêm " + (needed - cs.size()) + " lần CSTĐCS");
    }
}
