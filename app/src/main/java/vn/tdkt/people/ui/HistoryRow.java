package vn.tdkt.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.SubjectRecord;

/**
 * One line of a person's history by year: a rating, a discipline, an initiative or an award.
 *
 * @param year   the year the line belongs to (for an award over a period, its last year)
 * @param period the year or period as shown ("2024", "2021-2025")
 * @param source the domain record, for deleting it
 */
record HistoryRow(int year, String period, int order, String kind, String content, String detail, String decisionNo,
                  LocalDate decisionDate, String authority, Object source) {

    /** Newest year first; in a year: ratings, awards, initiatives, discipline, each by decision date. */
    static final Comparator<HistoryRow> NEWEST_FIRST = Comparator.comparingInt(HistoryRow::year).reversed()
            .thenComparingInt(HistoryRow::order)
            .thenComparing(HistoryRow::decisionDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(HistoryRow::content);

    static List<HistoryRow> of(SubjectRecord record, Catalogue catalogue, Messages m) {
        List<HistoryRow> out = new ArrayList<>();
        for (Rating r : record.ratings()) {
            out.add(new HistoryRow(r.year(), Integer.toString(r.year()), 0, m.get("history.kind.rating"), m.label(r.level()),
                    "", "", null, "", r));
        }
        for (Award a : record.awards()) {
            String name = catalogue.kind(a.kindCode()).map(AwardKind::name).orElse(a.kindCode());
            out.add(new HistoryRow(a.yearTo(), a.period(), 1, m.get("history.kind.award"), name,
                    a.formType() == null ? "" : m.label(a.formType()), a.decisionNo(), a.decisionDate(), a.authority(), a));
        }
        for (Initiative i : record.initiatives()) {
            out.add(new HistoryRow(i.year(), Integer.toString(i.year()), 2, i.kind() == null ? m.get("history.kind.initiative")
                    : m.label(i.kind()), i.title(), m.format("history.detail.scope", m.label(i.scope())),
                    nullToEmpty(i.decisionNo()), i.decisionDate(), "", i));
        }
        for (Discipline d : record.disciplines()) {
            String period = d.effectiveUntil() == null ? m.format("history.detail.from", VnFormat.date(d.decisionDate()))
                    : m.format("history.detail.period", VnFormat.date(d.decisionDate()), VnFormat.date(d.effectiveUntil()));
            out.add(new HistoryRow(d.decisionDate().getYear(), Integer.toString(d.decisionDate().getYear()), 3,
                    m.get("history.kind.discipline"), m.label(d.form()), period, d.decisionNo(), d.decisionDate(), "", d));
        }
        out.sort(NEWEST_FIRST);
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
