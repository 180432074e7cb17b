package vn.tdkt.people.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.export.word.Nd30Document;
import vn.tdkt.people.domain.Assignment;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonHistory;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;

/**
 * The printable sheet of one person's achievements (Bản tóm tắt thành tích cá nhân), A4 portrait in the house's Word
 * toolkit: identity, quá trình công tác, then by year the ratings, awards, initiatives and discipline as the person page
 * lists them, and the line for the clerk who prints it. A working sheet, not a signed document: no number, no letterhead.
 */
public final class AchievementSheet {

    private static final int PT = 13;

    private AchievementSheet() {
    }

    /**
     * Writes the sheet of the person's history to the .docx file.
     *
     * @param unitName the name of a unit by id
     * @param kindName the name of an award kind by code
     */
    public static Path write(PersonHistory h, Function<Long, String> unitName, Function<String, String> kindName,
                             LocalDate today, Path file) {
        Person p = h.person();
        try (Nd30Document doc = new Nd30Document(Nd30Document.Page.PORTRAIT)) {
            doc.centredBold("BẢN TÓM TẮT THÀNH TÍCH CÁ NHÂN", 0, 120);
            doc.centredBold(p.fullName() + " (" + p.code() + ")", 0, 240);
            doc.line("Họ và tên: " + p.fullName() + "    Giới tính: " + (p.gender() == null ? "" : p.gender().label()),
                    ParagraphAlignment.LEFT, false, false);
            doc.line("Ngày sinh: " + VnFormat.date(p.birthDate()) + "    Chức vụ: " + text(p.position()),
                    ParagraphAlignment.LEFT, false, false);
            doc.line("Đơn vị công tác: " + h.unitName() + "    Ngày bắt đầu công tác: " + VnFormat.date(p.startDate()),
                    ParagraphAlignment.LEFT, false, false);

            doc.line("I. QUÁ TRÌNH CÔNG TÁC", ParagraphAlignment.LEFT, true, false);
            int w = doc.width();
            int[] aw = {w * 18 / 100, w * 18 / 100, w * 40 / 100, w - 2 * (w * 18 / 100) - w * 40 / 100};
            table(doc, aw, List.of("Từ ngày", "Đến ngày", "Đơn vị", "Chức vụ"), h.assignments().stream()
                    .sorted(Comparator.comparing(Assignment::startDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(a -> List.of(VnFormat.date(a.startDate()), VnFormat.date(a.endDate()), unitName.apply(a.unitId()),
                            text(a.position()))).toList());

            doc.line("II. THI ĐUA, KHEN THƯỞNG, KỶ LUẬT THEO NĂM", ParagraphAlignment.LEFT, true, false);
            int[] hw = {w * 12 / 100, w * 16 / 100, w * 42 / 100, w - w * 12 / 100 - w * 16 / 100 - w * 42 / 100};
            table(doc, hw, List.of("Năm", "Loại", "Nội dung", "Quyết định"), lines(h, kindName));
            doc.line("", ParagraphAlignment.LEFT, false, false);
            doc.line("Lập ngày " + VnFormat.date(today), ParagraphAlignment.RIGHT, false, true);
            doc.write(file);
        }
        return file;
    }

    /** Every line of the history, newest year first: ratings, awards, initiatives, discipline. */
    static List<List<String>> lines(PersonHistory h, Function<String, String> kindName) {
        record Line(int year, int order, List<String> cells) {
        }
        List<Line> all = new ArrayList<>();
        for (Rating r : h.record().ratings()) {
            all.add(new Line(r.year(), 0, List.of(Integer.toString(r.year()), "Đánh giá", r.level().label(), "")));
        }
        for (Award a : h.record().awards()) {
            all.add(new Line(a.yearTo(), 1, List.of(a.period(), "Khen thưởng", kindName.apply(a.kindCode()),
                    decision(a.decisionNo(), a.decisionDate()) + (a.authority() == null ? "" : ", " + a.authority()))));
        }
        for (Initiative i : h.record().initiatives()) {
            all.add(new Line(i.year(), 2, List.of(Integer.toString(i.year()), "Sáng kiến", text(i.title()),
                    decision(i.decisionNo(), i.decisionDate()))));
        }
        for (Discipline d : h.record().disciplines()) {
            int year = d.decisionDate() == null ? 0 : d.decisionDate().getYear();
            all.add(new Line(year, 3, List.of(year == 0 ? "" : Integer.toString(year), "Kỷ luật", d.form().label(),
                    decision(d.decisionNo(), d.decisionDate()))));
        }
        all.sort(Comparator.comparingInt(Line::year).reversed().thenComparingInt(Line::order));
        return all.stream().map(Line::cells).toList();
    }

    private static void table(Nd30Document doc, int[] widths, List<String> head, List<List<String>> rows) {
        XWPFTable t = doc.table(widths, 1, true);
        for (int i = 0; i < head.size(); i++) {
            Nd30Document.cellText(t.getRow(0).getCell(i), head.get(i), 12, true, ParagraphAlignment.CENTER);
        }
        Nd30Document.keepWithNext(t.getRow(0));
        if (rows.isEmpty()) {
            XWPFTableRow r = doc.addRow(t, widths);
            Nd30Document.cellText(r.getCell(0), "(chưa có)", 12, false, ParagraphAlignment.LEFT);
        }
        for (List<String> row : rows) {
            XWPFTableRow r = doc.addRow(t, widths);
            for (int i = 0; i < row.size(); i++) {
                Nd30Document.cellText(r.getCell(i), row.get(i), 12, false, ParagraphAlignment.LEFT);
            }
        }
    }

    private static String decision(String no, LocalDate date) {
        if (no == null || no.isBlank()) {
            return "";
        }
        return "Số " + no + (date == null ? "" : " ngày " + VnFormat.date(date));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
