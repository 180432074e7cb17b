package vn.tdkt.statistics.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.org.domain.Unit;

/**
 * Biểu 0604.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV), số lượng tổ chức làm công tác thi đua, khen thưởng, transcribed from
 * the published template (README decision 116): rows 01 Tổng số (Tổ chức); Chia theo cơ cấu tổ chức bộ máy: 02 Cấp Vụ
 * thuộc bộ, ban, ngành, đoàn thể Trung ương (Vụ), 03 Cấp phòng, ban hoặc bộ phận thuộc Vụ (Phòng), 04 Cấp ban thuộc Sở
 * Nội vụ (Ban), 05 Cấp phòng thuộc Sở Nội vụ (Phòng); one column Số lượng.
 *
 * <p>From the units of the data: under a unit named "Sở Nội vụ …", a "Ban …" whose name holds "thi đua" and "khen
 * thưởng" is row 04, a "Phòng …" so named, or any phòng of such a Ban, is row 05. Rows 02–03 are a ministry's: a
 * province leaves them empty.
 */
public final class Form0604 {

    public static final String FORM = "0604.N/BNV-TĐKT";
    public static final String TITLE = "SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG "
            + "ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG";
    public static final String MINISTRY_ROW = "Dòng của bộ, ban, ngành, đoàn thể Trung ương; tỉnh không điền.";

    private Form0604() {
    }

    /** The TĐKT units of the Sở Nội vụ: row 04 (ban) and row 05 (phòng), by unit id. */
    public record Units(Set<Long> bans, Set<Long> phongs) {

        public Set<Long> all() {
            Set<Long> out = new TreeSet<>(bans);
            out.addAll(phongs);
            return out;
        }
    }

    public static Units units(List<Unit> units) {
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Set<Long> bans = new TreeSet<>();
        for (Unit u : units) {
            if (startsWith(u, "ban ") && emulation(u) && underSoNoiVu(u, byId)) {
                bans.add(u.id());
            }
        }
        Set<Long> phongs = new TreeSet<>();
        for (Unit u : units) {
            if (startsWith(u, "phong ") && (emulation(u) && underSoNoiVu(u, byId) || bans.contains(u.parentId()))) {
                phongs.add(u.id());
            }
        }
        return new Units(bans, phongs);
    }

    public static List<BieuLine> lines(Units units) {
        List<BieuLine> out = new ArrayList<>();
        long bans = units.bans().size();
        long phongs = units.phongs().size();
        out.add(new BieuLine("Tổng số", "01", "Tổ chức", false, List.of(bans + phongs),
                null));
        out.add(BieuLine.section("Chia theo cơ cấu tổ chức bộ máy"));
        out.add(BieuLine.clerk("- Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương", "02", "Vụ", 1, MINISTRY_ROW));
        out.add(BieuLine.clerk("- Cấp phòng, ban hoặc bộ phận thuộc Vụ", "03", "Phòng", 1, MINISTRY_ROW));
        out.add(new BieuLine("- Cấp ban thuộc Sở Nội vụ", "04", "Ban", false, List.of(bans), null));
        out.add(new BieuLine("- Cấp phòng thuộc Sở Nội vụ", "05", "Phòng", false, List.of(phongs), null));
        return out;
    }

    private static boolean underSoNoiVu(Unit u, Map<Long, Unit> byId) {
        for (Unit p = byId.get(u.parentId()); p != null; p = byId.get(p.parentId())) {
            if (startsWith(p, "so noi vu")) {
                return true;
            }
        }
        return false;
    }

    private static boolean emulation(Unit u) {
        String f = VietnameseText.fold(u.name());
        return f.contains("thi dua") && f.contains("khen thuong");
    }

    private static boolean startsWith(Unit u, String folded) {
        return VietnameseText.fold(u.name()).startsWith(folded);
    }
}
