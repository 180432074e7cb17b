package vn.tdkt.record.ui;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.Checked;
import vn.tdkt.common.domain.FormInput;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;
import vn.tdkt.record.domain.Discipline;
import vn.tdkt.record.domain.DisciplineForm;
import vn.tdkt.record.domain.HoldField;
import vn.tdkt.record.domain.HoldReason;
import vn.tdkt.record.domain.Initiative;
import vn.tdkt.record.domain.InitiativeKind;
import vn.tdkt.record.domain.InitiativeScope;
import vn.tdkt.record.domain.PersonHold;
import vn.tdkt.record.domain.Rating;
import vn.tdkt.record.domain.RatingLevel;
import vn.tdkt.record.domain.RecordField;
import vn.tdkt.record.domain.RecordRules;

/**
 * The models of the history forms: the fields as typed (years and dates as text), read with {@link FormInput} and
 * checked by {@link RecordRules} (the rules the import applies), every problem at once. Pure Java, tested without
 * the toolkit; {@code RecordService} checks the same rules again when it writes.
 */
final class RecordForms {

    private RecordForms() {
    }

    static Checked<Rating> rating(long personId, String year, RatingLevel level, LocalDate today) {
        FormInput in = new FormInput();
        Integer y = in.year(RecordField.YEAR, year, true);
        in.choice(RecordField.LEVEL, level, true);
        in.rules(y == null ? List.of() : RecordRules.rating(y, today));
        return Checked.of(in, () -> new Rating(0, personId, null, y, level));
    }

    static Checked<Discipline> discipline(long personId, DisciplineForm form, String no, String date, String until,
                                          LocalDate today) {
        FormInput in = new FormInput();
        in.choice(RecordField.DISCIPLINE_FORM, form, true);
        String n = in.text(RecordField.DECISION_NO, no, true);
        LocalDate d = in.date(RecordField.DECISION_DATE, date, true);
        LocalDate u = in.date(RecordField.EFFECTIVE_UNTIL, until, false);
        in.rules(RecordRules.discipline(d, u, today));
        return Checked.of(in, () -> new Discipline(0, personId, form, n, d, u));
    }

    static Checked<Initiative> initiative(long personId, InitiativeKind kind, String title, InitiativeScope scope,
                                          String year, String no, String date, LocalDate today) {
        FormInput in = new FormInput();
        in.choice(RecordField.INITIATIVE_KIND, kind, true);
        String t = in.text(RecordField.TITLE, title, true);
        in.choice(RecordField.SCOPE, scope, true);
        Integer y = in.year(RecordField.YEAR, year, true);
        String n = in.text(RecordField.DECISION_NO, no, false);
        LocalDate d = in.date(RecordField.DECISION_DATE, date, false);
        in.rules(RecordRules.initiative(y, d, today));
        return Checked.of(in, () -> new Initiative(0, personId, kind, t, scope, y, n, d));
    }

    static Checked<Award> award(long personId, AwardKind kind, AwardFormType type, String from, String to, String no,
                                String date, String authority, LocalDate today) {
        FormInput in = new FormInput();
        in.choice(RecordField.AWARD_KIND, kind, true);
        in.choice(RecordField.FORM_TYPE, type, true);
        Integer y1 = in.year(RecordField.YEAR_FROM, from, true);
        Integer y2 = in.year(RecordField.YEAR_TO, to, false);
        String n = in.text(RecordField.DECISION_NO, no, true);
        LocalDate d = in.date(RecordField.DECISION_DATE, date, true);
        String a = in.text(RecordField.AUTHORITY, authority, true);
        Integer last = y2 == null ? y1 : y2;
        in.rules(RecordRules.award(y1, last, d, today));
        return Checked.of(in, () -> new Award(0, personId, null, kind.code(), type, y1, last, n, d, a));
    }

    static Checked<PersonHold> hold(long personId, HoldReason reason, String document, String from, String until) {
        FormInput in = new FormInput();
        in.choice(HoldField.REASON, reason, true);
        String doc = in.text(HoldField.DOCUMENT, document, true);
        LocalDate f = in.date(HoldField.FROM, from, true);
        LocalDate u = in.date(HoldField.UNTIL, until, false);
        if (f != null && u != null && u.isBefore(f)) {
            in.rules(List.of(Problem.of(HoldField.UNTIL, vn.tdkt.common.domain.Msg.of("record.hold.problem.until"))));
        }
        return Checked.of(in, () -> new PersonHold(0, personId, reason, doc, f, u, null));
    }
}
