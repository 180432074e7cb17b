package vn.tdkt.registration.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.domain.VnDocText;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.registration.domain.FormMovement;
import vn.tdkt.registration.domain.Member;
import vn.tdkt.registration.domain.PersonEntry;
import vn.tdkt.registration.domain.Registration;
import vn.tdkt.registration.domain.RegistrationStatus;

/**
 * The Bản đăng ký thi đua of a unit and year (TT 35/2011/TT-BLĐTBXH Mẫu số 1a in the NĐ 30/2020
 * layout): the header of the unit under its parent, Kính gửi the parent's Hội đồng Thi đua - Khen thưởng, the căn cứ
 * (the round's plan), I. the movements the unit takes part in that year, II. the titles registered (the collective
 * state title, the union title on its own line, the count of people per state title), the commitment, the head's
 * signature; then, in a section of its own, the Danh sách cá nhân đăng ký danh hiệu thi đua (record 0064).
 */
final class RegistrationFormDocument {

    /** What the document says, read at once. */
    record Input(Unit unit, Unit parent, int year, Registration registration, List<Member> members,
                 List<FormMovement> movements, Map<String, String> kindNames, Map<String, Integer> kindRanks,
                 Map<String, String> unionNames) {
    }

    static final int TABLE_PT = 12;
    private static final int[] MOVEMENT_MM = {12, 95, 29, 29};
    private static final int[] PERSON_MM = {12, 48, 35, 42, 28};
    private static final List<String> POSITIONS_OF_HEADS = List.of("giam doc", "tong giam doc", "truong phong", "truong ban",
            "chanh van phong", "chanh thanh tra", "chi cuc truong", "cuc truong", "vien truong", "hieu truong", "chu tich",
            "thu truong", "truong");

    private final Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT);
    private final Input in;
    private final Map<Long, Member> byPerson = new LinkedHashMap<>();

    RegistrationFormDocument(Input in) {
        this.in = in;
        in.members().forEach(m -> byPerson.put(m.personId(), m));
    }

    /** "Số:        /ĐK-SNV": the number is given by the unit's office when it sends the form. */
    static String numberLine(Unit u) {
        return "Số:        /ĐK-" + u.code();
    }

    /** The place of the round's movement (or of any listed movement), then the day the form was sent. */
    static String placeAndDate(Input in) {
        String place = in.movements().stream().sorted((a, b) -> Boolean.compare(b.round(), a.round()))
                .map(FormMovement::place).filter(Objects::nonNull).filter(p -> !p.isBlank()).findFirst().orElse("………");
        Registration r = in.registration();
        boolean sent = r.status() != RegistrationStatus.CHUA_GUI && r.statusDate() != null;
        return place + ", " + (sent ? VnDocText.longDate(r.statusDate()) : "ngày      tháng      năm " + in.year());
    }

    /** The council addressed: the parent unit's, or the round movement's authority's when the unit has no parent. */
    static String council(Input in) {
        String of = in.parent() != null ? in.parent().name() : in.movements().stream().filter(FormMovement::round)
                .map(FormMovement::authority).filter(Objects::nonNull).findFirst().orElse(null);
        return "Hội đồng Thi đua - Khen thưởng" + (of == null || of.isBlank() ? "" : " " + of);
    }

    /** The unit's head among its members (Giám đốc, Trưởng phòng, Chánh Văn phòng …, not a deputy), or null. */
    static Member head(List<Member> members) {
        for (String title : POSITIONS_OF_HEADS) {
            for (Member m : members) {
                String p = m.position() == null ? "" : VietnameseText.fold(m.position()).trim();
                if (p.startsWith(title) && !p.startsWith("pho")) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The people registered for a state or union title, in the catalogue's order (highest first), then by name. */
    List<PersonEntry> registered() {
        List<PersonEntry> out = new ArrayList<>(in.registration().entries().stream()
                .filter(e -> e.kindCode() != null || e.unionCode() != null).toList());
        out.sort((a, b) -> {
            int ra = a.kindCode() == null ? Integer.MIN_VALUE : in.kindRanks().getOrDefault(a.kindCode(), 0);
            int rb = b.kindCode() == null ? Integer.MIN_VALUE : in.kindRanks().getOrDefault(b.kindCode(), 0);
            return ra != rb ? Integer.compare(rb, ra)
                    : VietnameseText.nameSortKey(name(a)).compareTo(VietnameseText.nameSortKey(name(b)));
        });
        return out;
    }

    private String name(PersonEntry e) {
        Member m = byPerson.get(e.personId());
        return m == null ? "" : m.fullName();
    }

    Nd30Document build() {
        Unit u = in.unit();
        doc.header(in.parent() == null ? List.of() : List.of(VnDocText.upper(in.parent().name())),
                List.of(VnDocText.upper(u.name())), numberLine(u), placeAndDate(in));
        doc.title("BẢN ĐĂNG KÝ THI ĐUA", "Năm " + in.year());
        XWPFParagraph to = doc.line("Kính gửi: " + council(in) + ".", ParagraphAlignment.CENTER, false, false);
        Nd30Document.spacing(to, 120, 240);
        List<String> basis = new ArrayList<>();
        in.movements().stream().filter(FormMovement::round).findFirst().ifPresent(m -> basis.add("Căn cứ "
                + (m.planReference() == null ? "Kế hoạch" : m.planReference())
                + (m.authority() == null ? "" : " của " + m.authority()) + " về việc "
                + (VietnameseText.fold(m.name()).startsWith("phong trao") ? "phát động " : "") + lowerFirst(m.name()) + ";"));
        basis.add("Căn cứ chức năng, nhiệm vụ được giao và các chỉ tiêu kế hoạch năm " + in.year() + " của " + u.name() + ",");
        doc.basis(basis);
        doc.paragraph(u.name() + " đăng ký thi đua năm " + in.year() + " với các nội dung sau:");
        movements();
        titles();
        XWPFParagraph last = doc.paragraph(u.name() + " cam kết tổ chức thực hiện tốt các phong trào thi đua, phấn đấu hoàn "
                + "thành các chỉ tiêu và đạt các danh hiệu thi đua đã đăng ký năm " + in.year() + "./.");
        last.setKeepNext(true);
        Member head = head(in.members());
        doc.signature(List.of("Như trên;", "Lưu: VT."),
                List.of(head == null ? "THỦ TRƯỞNG ĐƠN VỊ" : VnDocText.upper(head.position())),
                head == null ? "" : head.fullName());
        List<PersonEntry> people = registered();
        if (!people.isEmpty()) {
            personList(people);
        }
        return doc;
    }

    private void movements() {
        doc.line("I. CÁC PHONG TRÀO THI ĐUA", ParagraphAlignment.LEFT, true, false).setKeepNext(true);
        if (in.movements().isEmpty()) {
            doc.paragraph(in.unit().name() + " hưởng ứng các phong trào thi đua do cấp trên phát động trong năm " + in.year() + ".");
            return;
        }
        int[] widths = widths(MOVEMENT_MM);
        XWPFTable t = doc.table(widths, 1, true);
        head(t.getRow(0), List.of("STT", "Tên phong trào thi đua", "Thời gian phát động", "Thời gian tổng kết"));
        int n = 0;
        for (FormMovement m : in.movements()) {
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), TABLE_PT, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), m.name() + (m.planReference() == null ? "" : " (" + m.planReference() + ")"),
                    TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), m.start() == null ? "" : VnFormat.date(m.start()), TABLE_PT, false,
                    ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(3), m.end() == null ? "" : VnFormat.date(m.end()), TABLE_PT, false,
                    ParagraphAlignment.CENTER);
        }
    }

    private void titles() {
        XWPFParagraph head = doc.line("II. ĐĂNG KÝ DANH HIỆU THI ĐUA", ParagraphAlignment.LEFT, true, false);
        Nd30Document.spacing(head, 240, 120);
        head.setKeepNext(true);
        Registration r = in.registration();
        doc.line("1. Tập thể", ParagraphAlignment.LEFT, true, false).setKeepNext(true);
        doc.paragraph("- Danh hiệu thi đua: " + (r.collectiveKind() == null ? "không đăng ký"
                : "“" + in.kindNames().getOrDefault(r.collectiveKind(), r.collectiveKind()) + "”") + ".");
        if (r.unionCollective() != null) {
            doc.paragraph("- Danh hiệu Công đoàn: “" + in.unionNames().getOrDefault(r.unionCollective(), r.unionCollective())
                    + "”.");
        }
        doc.line("2. Cá nhân", ParagraphAlignment.LEFT, true, false).setKeepNext(true);
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Map<String, Integer> byUnion = new LinkedHashMap<>();
        for (PersonEntry e : registered()) {
            if (e.kindCode() != null) {
                byKind.merge(e.kindCode(), 1, Integer::sum);
            }
            if (e.unionCode() != null) {
                byUnion.merge(e.unionCode(), 1, Integer::sum);
            }
        }
        int registered = byKind.values().stream().mapToInt(Integer::intValue).sum();
        doc.paragraph("Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị: " + in.members().size()
                + " người; đăng ký danh hiệu thi đua: " + registered + " người" + (byKind.isEmpty() ? "." : ", trong đó:"));
        lines(byKind, in.kindNames(), byUnion.isEmpty());
        if (!byUnion.isEmpty()) {
            doc.paragraph("Đăng ký danh hiệu Công đoàn:").setKeepNext(true);
            lines(byUnion, in.unionNames(), true);
        }
        if (!byKind.isEmpty() || !byUnion.isEmpty()) {
            // with the commitment and the signature: the signature never stands alone on a page
            doc.paragraph("(Có danh sách cá nhân đăng ký kèm theo).").setKeepNext(true);
        }
    }

    /**
     * The counts per title flow with the page (the part on individuals kept whole with the signature left a third of
     * page 1 blank, record 0141); a heading line is kept with the count under it, the last count with what follows.
     */
    private void lines(Map<String, Integer> counts, Map<String, String> names, boolean lastOfSection) {
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            boolean last = ++i == counts.size();
            XWPFParagraph line = doc.paragraph("- " + names.getOrDefault(e.getKey(), e.getKey()) + ": " + e.getValue() + " người"
                    + (last && lastOfSection ? "." : ";"));
            if (last && lastOfSection) {
                line.setKeepNext(true); // the last count goes with the commitment and the signature
            }
        }
    }

    private void personList(List<PersonEntry> people) {
        doc.newSection(false);
        doc.numberFirstPage(); // the list's own pages, numbered from 1, the first one too (record 0141)
        doc.centredBold("DANH SÁCH", 0, 0);
        doc.centredBold("CÁ NHÂN ĐĂNG KÝ DANH HIỆU THI ĐUA NĂM " + in.year(), 0, 0);
        doc.centredItalic("(Kèm theo Bản đăng ký thi đua năm " + in.year() + " của " + in.unit().name() + ")");
        int[] widths = widths(PERSON_MM);
        XWPFTable t = doc.table(widths, 1, true);
        head(t.getRow(0), List.of("STT", "Họ và tên", "Chức vụ", "Danh hiệu thi đua", "Danh hiệu Công đoàn"));
        int n = 0;
        for (PersonEntry e : people) {
            Member m = byPerson.get(e.personId());
            XWPFTableRow row = doc.addRow(t, widths);
            row.setCantSplitRow(true);
            Nd30Document.cellText(row.getCell(0), Integer.toString(++n), TABLE_PT, false, ParagraphAlignment.CENTER);
            Nd30Document.cellText(row.getCell(1), name(e), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(2), m == null || m.position() == null ? "" : m.position(), TABLE_PT, false,
                    ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(3), e.kindCode() == null ? "" : in.kindNames().getOrDefault(e.kindCode(),
                    e.kindCode()), TABLE_PT, false, ParagraphAlignment.LEFT);
            Nd30Document.cellText(row.getCell(4), e.unionCode() == null ? "" : in.unionNames().getOrDefault(e.unionCode(),
                    e.unionCode()), TABLE_PT, false, ParagraphAlignment.LEFT);
        }
    }

    private static void head(XWPFTableRow row, List<String> heads) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < heads.size(); c++) {
            Nd30Document.cellText(row.getCell(c), heads.get(c), TABLE_PT, true, ParagraphAlignment.CENTER);
        }
    }

    private static int[] widths(int[] mm) {
        int[] out = new int[mm.length];
        for (int i = 0; i < mm.length; i++) {
            out[i] = Nd30Document.mm(mm[i]);
        }
        return out;
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String word = s.split(" ", 2)[0];
        // keep a proper noun or an acronym at the start ("Sở", "UBND"); lower the common first word ("Phong trào")
        return word.equals(VnDocText.upper(word)) ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
