package vn.tdkt.record.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.common.domain.Checked;
import vn.tdkt.common.domain.Labelled;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
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
import vn.tdkt.record.service.RecordService;

/** The small dialogs that add one line to a person's history through {@link RecordService}. */
public final class RecordDialogs {

    // field names RecordService writes into Problem.column()

    private RecordDialogs() {
    }

    /** Đánh giá, xếp loại of a year (replaces the year's rating if there is one). */
    public static Optional<Rating> rating(Ui ui, RecordService records, long personId) {
        FormDialog<Rating> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.rating.title"));
        TextField year = d.field(RecordField.YEAR, yearField("yearField"), true);
        year.setText(Integer.toString(LocalDate.now().getYear() - 1));
        ChoiceBox<RatingLevel> level = d.field(RecordField.LEVEL, choice(ui.messages(), "levelChoice", RatingLevel.values()), true);
        Supplier<Checked<Rating>> form = () -> RecordForms.rating(personId, year.getText(), level.getValue(), LocalDate.now());
        d.checkWith(() -> form.get().problems());
        d.onSave(() -> {
            Rating r = form.get().draft();
            return p -> {
                records.saveRating(r);
                return r;
            };
        });
        return d.showAndWait();
    }

    public static Optional<Discipline> discipline(Ui ui, RecordService records, long personId) {
        FormDialog<Discipline> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.discipline.title"));
        ChoiceBox<DisciplineForm> form = d.field(RecordField.DISCIPLINE_FORM,
                choice(ui.messages(), "formChoice", DisciplineForm.values()), true);
        TextField no = d.field(RecordField.DECISION_NO, text("decisionNoField"), true);
        DatePicker date = d.field(RecordField.DECISION_DATE, UiFormat.datePicker("decisionDatePicker"), true);
        DatePicker until = d.field(RecordField.EFFECTIVE_UNTIL, UiFormat.datePicker("untilPicker"), false);
        Supplier<Checked<Discipline>> read = () -> RecordForms.discipline(personId, form.getValue(), no.getText(),
                date.getEditor().getText(), until.getEditor().getText(), LocalDate.now());
        d.checkWith(() -> read.get().problems());
        d.onSave(() -> {
            Discipline draft = read.get().draft();
            return p -> records.addDiscipline(draft);
        });
        return d.showAndWait();
    }

    public static Optional<Initiative> initiative(Ui ui, RecordService records, long personId) {
        FormDialog<Initiative> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.initiative.title"));
        ChoiceBox<InitiativeKind> kind = d.field(RecordField.INITIATIVE_KIND,
                choice(ui.messages(), "kindChoice", InitiativeKind.values()), true);
        kind.setValue(InitiativeKind.SANG_KIEN);
        TextField title = d.field(RecordField.TITLE, text("titleField"), true);
        ChoiceBox<InitiativeScope> scope = d.field(RecordField.SCOPE, choice(ui.messages(), "scopeChoice", InitiativeScope.values()), true);
        TextField year = d.field(RecordField.YEAR, yearField("yearField"), true);
        TextField no = d.field(RecordField.DECISION_NO, text("decisionNoField"), false);
        DatePicker date = d.field(RecordField.DECISION_DATE, UiFormat.datePicker("decisionDatePicker"), false);
        Supplier<Checked<Initiative>> read = () -> RecordForms.initiative(personId, kind.getValue(), title.getText(),
                scope.getValue(), year.getText(), no.getText(), date.getEditor().getText(), LocalDate.now());
        d.checkWith(() -> read.get().problems());
        d.onSave(() -> {
            Initiative draft = read.get().draft();
            return p -> records.addInitiative(draft);
        });
        return d.showAndWait();
    }

    /** Khen thưởng of a person; only the catalogue's kinds that a person can receive are offered. */
    public static Optional<Award> award(Ui ui, RecordService records, Catalogue catalogue, long personId) {
        FormDialog<Award> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.award.title"));
        ComboBox<AwardKind> kind = new ComboBox<>();
        kind.setId("awardKindCombo");
        List<AwardKind> kinds = catalogue.kinds().stream().filter(k -> k.subject().allowsPerson()).toList();
        kind.getItems().setAll(kinds);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AwardKind k) {
                return k == null ? "" : k.name();
            }

            @Override
            public AwardKind fromString(String s) {
                return null;
            }
        });
        d.field(RecordField.AWARD_KIND, kind, true);
        ChoiceBox<AwardFormType> type = d.field(RecordField.FORM_TYPE,
                choice(ui.messages(), "formTypeChoice", AwardFormType.values()), true);
        type.setValue(AwardFormType.CONG_TRANG);
        TextField from = d.field(RecordField.YEAR_FROM, yearField("yearFromField"), true);
        TextField to = d.field(RecordField.YEAR_TO, yearField("yearToField"), false);
        TextField no = d.field(RecordField.DECISION_NO, text("decisionNoField"), true);
        DatePicker date = d.field(RecordField.DECISION_DATE, UiFormat.datePicker("decisionDatePicker"), true);
        TextField authority = d.field(RecordField.AUTHORITY, text("authorityField"), true);
        Supplier<Checked<Award>> read = () -> RecordForms.award(personId, kind.getValue(), type.getValue(), from.getText(),
                to.getText(), no.getText(), date.getEditor().getText(), authority.getText(), LocalDate.now());
        d.checkWith(() -> read.get().problems());
        d.onSave(() -> {
            Award draft = read.get().draft();
            return p -> records.addAward(draft);
        });
        return d.showAndWait();
    }

    /** A pending investigation, inspection, complaint or discipline procedure (NĐ 152/2025 Điều 4 khoản 4). */
    public static Optional<PersonHold> hold(Ui ui, HoldsViewModel model) {
        FormDialog<PersonHold> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.hold.title"));
        ChoiceBox<HoldReason> reason = d.field(HoldField.REASON, choice(ui.messages(), "holdReasonChoice", HoldReason.values()), true);
        TextField document = d.field(HoldField.DOCUMENT, text("holdDocumentField"), true);
        DatePicker from = d.field(HoldField.FROM, UiFormat.datePicker("holdFromPicker"), true);
        DatePicker until = d.field(HoldField.UNTIL, UiFormat.datePicker("holdUntilPicker"), false);
        Supplier<Checked<PersonHold>> read = () -> RecordForms.hold(model.personId(), reason.getValue(), document.getText(),
                from.getEditor().getText(), until.getEditor().getText());
        d.checkWith(() -> read.get().problems());
        d.onSave(() -> {
            PersonHold draft = read.get().draft();
            return p -> model.add(draft);
        });
        return d.showAndWait();
    }

    /** The day the selected procedure was concluded. */
    public static Optional<LocalDate> conclusion(Ui ui) {
        FormDialog<LocalDate> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("record.hold.concludeTitle"));
        DatePicker until = d.field(HoldField.UNTIL, UiFormat.datePicker("holdConcludedPicker"), true);
        d.onSave(() -> {
            LocalDate day = until.getValue();
            return p -> day;
        });
        return d.showAndWait();
    }

    private static TextField text(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    /** A four-digit year; other characters cannot be typed. */
    private static TextField yearField(String id) {
        TextField t = text(id);
        t.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        t.setPromptText("yyyy");
        return t;
    }

    private static <E extends Enum<E> & Labelled> ChoiceBox<E> choice(vn.tdkt.common.ui.Messages m, String id, E[] values) {
        ChoiceBox<E> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : m.label(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return c;
    }
}
