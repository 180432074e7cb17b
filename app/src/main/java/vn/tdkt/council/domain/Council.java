package vn.tdkt.council.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hội đồng Thi đua - Khen thưởng as established by a decision.
 *
 * @param id         0 for a council not saved yet
 * @param authority  the establishing authority (cơ quan chủ quản), e.g. "Ủy ban nhân dân tỉnh Bắc Ninh"
 * @param place      the địa danh of its documents' dated line, e.g. "Bắc Ninh"; null to take it from the authority
 * @param addressees whom its Tờ trình addresses per deciding level code (e.g. GIAM_DOC_SO → "Giám đốc Sở Nội vụ
 *                   tỉnh Bắc Ninh"); a level not listed is addressed by the law's default
 */
public record Council(long id, String name, String decisionNo, LocalDate decisionDate, String authority, String place,
                      Map<String, String> addressees) {

    public Council {
        place = place == null || place.isBlank() ? null : place.strip();
        TreeMap<String, String> clean = new TreeMap<>();
        if (addressees != null) {
            addressees.forEach((level, to) -> {
                if (level != null && to != null && !to.isBlank()) {
                    clean.put(level, to.strip());
                }
            });
        }
        addressees = java.util.Collections.unmodifiableMap(clean);
    }

    /** A council whose place and addressees follow its authority and the law's defaults. */
    public Council(long id, String name, String decisionNo, LocalDate decisionDate, String authority) {
        this(id, name, decisionNo, decisionDate, authority, null, Map.of());
    }

    /** The same council with that id (once saved). */
    public Council withId(long newId) {
        return new Council(newId, name, decisionNo, decisionDate, authority, place, addressees);
    }
}
