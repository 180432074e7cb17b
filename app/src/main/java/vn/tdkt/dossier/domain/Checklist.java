package vn.tdkt.dossier.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.org.domain.UnitType;

/** Builds the component checklist of a dossier from the rules kept as data. */
public final class Checklist {

    private Checklist() {
    }

    /**
     * The components a dossier needs under its regime and procedure (and simplified case, null when none) for its
     * award, in checklist order; when several rules name the same component the most specific one (simplified case,
     * award, then category, then all) applies.
     */
    public static List<ChecklistItem> build(List<Requirement> rules, Map<String, Component> components, String regimeCode,
                                            Procedure procedure, AwardKind kind, SimplifiedCase simplifiedCase) {
        return build(rules, components, regimeCode, procedure, kind, simplifiedCase, Set.of());
    }

    /**
     * The same for a dossier whose subjects are, or work in, units of the given loại hình: the rules of those kinds
     * (an enterprise's tax and social-insurance confirmations) are added.
     */
    public static List<ChecklistItem> build(List<Requirement> rules, Map<String, Component> components, String regimeCode,
                                            Procedure procedure, AwardKind kind, SimplifiedCase simplifiedCase,
                                            Set<UnitType> subjectKinds) {
        Map<String, Requirement> chosen = new LinkedHashMap<>();
        for (Requirement r : rules) {
            if (r.appliesTo(regimeCode, procedure, kind, simplifiedCase, subjectKinds)) {
                chosen.merge(r.componentCode(), r, (a, b) -> b.specificity() > a.specificity() ? b : a);
            }
        }
        return chosen.values().stream()
                .sorted(Comparator.comparingInt(Requirement::seq).thenComparing(Requirement::componentCode))
                .map(r -> new ChecklistItem(requireComponent(components, r.componentCode()), r.required(),
                        r.choiceGroup(), r.neededAt(), r.seq(), r.legalRef()))
                .toList();
    }

    private static Component requireComponent(Map<String, Component> components, String code) {
        Component c = components.get(code);
        if (c == null) {
            throw new IllegalArgumentException("Không có thành phần hồ sơ mã " + code);
        }
        return c;
    }
}
