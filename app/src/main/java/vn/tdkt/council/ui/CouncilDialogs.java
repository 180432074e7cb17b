package vn.tdkt.council.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.common.ui.UiFormat;
import vn.tdkt.council.domain.AgendaGroup;
import vn.tdkt.council.domain.Candidate;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.Meeting;
import vn.tdkt.council.domain.MemberRole;
import vn.tdkt.council.domain.SessionKind;
import vn.tdkt.council.domain.SubjectType;
import javafx.scene.control.Button;
import vn.tdkt.council.domain.CouncilField;
import vn.tdkt.council.service.CouncilAdminService;
import vn.tdkt.council.service.MeetingService;
import vn.tdkt.people.domain.PeopleIndex;
import vn.tdkt.people.domain.PersonRow;

/** The council's edit dialogs: council, member, meeting, candidate and quota, each saved by its service. */
final class CouncilDialogs {

    static final String LEVEL_SO = "GIAM_DOC_SO";
    static final String LEVEL_TINH = "CHU_TICH_UBND_TINH";

    private CouncilDialogs() {
    }

    static Optional<Council> council(Ui ui, CouncilAdminService service, Council existing) {
        FormDialog<Council> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "council.editor.addTitle" : "council.editor.editTitle"));
        TextField name = d.field(CouncilField.COUNCIL_NAME, ui.text("council.field.name"), Fields.text("councilNameField"), true);
        TextField decisionNo = d.field(CouncilField.DECISION_NO, ui.text("council.field.decisionNo"), Fields.text("decisionNoField"), true);
        DatePicker decisionDate = d.field(CouncilField.DECISION_DATE, ui.text("council.field.decisionDate"),
                UiFormat.datePicker("decisionDatePicker"), true);
        TextField authority = d.field(CouncilField.AUTHORITY, ui.text("council.field.authority"), Fields.text("authorityField"), true);
        TextField place = d.field(CouncilField.COUNCIL_PLACE, ui.text("council.field.councilPlace"),
                Fields.text("councilPlaceField"), false);
        place.setPromptText(ui.text("council.field.councilPlace.hint"));
        TextField toSo = d.field(CouncilField.ADDRESSEE, ui.text("council.field.addressee.so"), Fields.text("addresseeSoField"),
                false);
        toSo.setPromptText(ui.text("council.field.addressee.soHint"));
        TextField toTinh = d.field(ui.text("council.field.addressee.tinh"), Fields.text("addresseeTinhField"), null, false);
        toTinh.setPromptText(ui.text("council.field.addressee.tinhHint"));
        if (existing != null) {
            name.setText(existing.name());
            decisionNo.setText(existing.decisionNo());
            decisionDate.setValue(existing.decisionDate());
            authority.setText(existing.authority());
            place.setText(existing.place());
            toSo.setText(existing.addressees().get(LEVEL_SO));
            toTinh.setText(existing.addressees().get(LEVEL_TINH));
        }
        long id = existing == null ? 0 : existing.id();
        d.onSave(() -> {
            java.util.Map<String, String> to = new java.util.TreeMap<>();
            if (existing != null) {
                to.putAll(existing.addressees()); // levels the form does not show are kept
            }
            to.put(LEVEL_SO, toSo.getText());
            to.put(LEVEL_TINH, toTinh.getText());
            Council draft = new Council(id, name.getText(), decisionNo.getText(), decisionDate.getValue(), authority.getText(),
                    place.getText(), to);
            return p -> service.saveCouncil(draft, existing);
        });
        return d.showAndWait();
    }

    /**
     * A member: one of the Cán bộ picked by name (name and position filled from the record, the person kept) or, left
     * blank, an outsider whose name is typed; a new member's term starts on the establishing decision's date.
     *
     * @param people the Cán bộ to pick from, or null when none can be picked
     */
    static Optional<CouncilMember> member(Ui ui, CouncilAdminService service, Council council, CouncilMember existing,
                                          PeopleIndex people) {
        FormDialog<CouncilMember> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "council.member.addTitle" : "council.member.editTitle"));
        Long[] personId = {existing == null ? null : existing.personId()};
        TextField person = d.field(ui.text("council.field.person"), Fields.text("memberPersonField"), null, false);
        person.setPromptText(ui.text("council.field.person.hint"));
        TextField name = d.field(CouncilField.MEMBER_NAME, ui.text("council.field.memberName"), Fields.text("memberNameField"), true);
        TextField position = d.field(ui.text("council.field.position"), Fields.text("memberPositionField"), null, false);
        ChoiceBox<MemberRole> role = d.field(CouncilField.ROLE, ui.text("council.field.role"),
                Fields.choice("memberRoleChoice", List.of(MemberRole.values()), ui.messages()::label), true);
        DatePicker from = d.field(CouncilField.TERM_FROM, ui.text("council.field.termFrom"), UiFormat.datePicker("termFromPicker"), true);
        DatePicker to = d.field(CouncilField.TERM_TO, ui.text("council.field.termTo"), UiFormat.datePicker("termToPicker"), false);
        if (people != null) {
            java.util.Map<String, PersonRow> shown = new java.util.HashMap<>();
            org.controlsfx.control.textfield.TextFields.bindAutoCompletion(person, req -> {
                List<String> found = people.filter(req.getUserText(), null).stream().limit(15).map(r -> {
                    String label = personLabel(r);
                    shown.put(label, r);
                    return label;
                }).toList();
                return found;
            }).setOnAutoCompleted(e -> {
                PersonRow r = shown.get(e.getCompletion());
                if (r != null) {
                    personId[0] = r.person().id();
                    name.setText(r.person().fullName());
                    if (r.person().position() != null) {
                        position.setText(r.person().position());
                    }
                }
            });
            person.textProperty().addListener((obs, o, n) -> {
                if (n == null || n.isBlank() || !shown.containsKey(n)) {
                    personId[0] = null; // cleared or retyped: an outsider until picked again
                }
            });
        } else {
            person.setDisable(true);
        }
        if (existing != null) {
            name.setText(existing.fullName());
            position.setText(existing.position());
            role.setValue(existing.role());
            from.setValue(existing.termFrom());
            to.setValue(existing.termTo());
            if (existing.personId() != null && people != null) {
                people.all().stream().filter(r -> r.person().id() == existing.personId()).findFirst().ifPresent(r -> {
                    person.setText(personLabel(r));
                    personId[0] = r.person().id();
                });
            }
        } else {
            role.setValue(MemberRole.UY_VIEN);
            from.setValue(council.decisionDate()); // the term starts with the establishing decision
        }
        long id = existing == null ? 0 : existing.id();
        d.onSave(() -> {
            CouncilMember draft = new CouncilMember(id, council.id(), name.getText(), position.getText(), role.getValue(),
                    from.getValue(), to.getValue(), person.getText().isBlank() ? null : personId[0]);
            return p -> service.saveMember(draft, existing);
        });
        return d.showAndWait();
    }

    /** "Nguyễn Văn An (CB001, Văn phòng Sở)". */
    static String personLabel(PersonRow r) {
        return r.person().fullName() + " (" + r.person().code() + (r.unitName() == null || r.unitName().isBlank() ? ""
                : ", " + r.unitName()) + ")";
    }

    static Optional<Meeting> meeting(Ui ui, MeetingService service, long councilId, List<CouncilMember> members,
                                     Meeting existing) {
        FormDialog<Meeting> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "council.meeting.addTitle" : "council.meeting.editTitle"));
        DatePicker date = d.field(CouncilField.MEETING_DATE, ui.text("council.field.meetingDate"),
                UiFormat.datePicker("meetingDatePicker"), true);
        TextField place = d.field(CouncilField.PLACE, ui.text("council.field.place"), Fields.text("placeField"), true);
        ChoiceBox<SessionKind> kind = d.field(CouncilField.KIND, ui.text("council.field.kind"),
                Fields.choice("sessionKindChoice", List.of(SessionKind.values()), ui.messages()::label), true);
        TextField content = d.field(ui.text("council.field.content"), Fields.text("contentField"), null, false);
        Function<CouncilMember, String> memberLabel = m -> m.fullName() + " — " + ui.messages().label(m.role());
        ComboBox<CouncilMember> chair = d.field(CouncilField.CHAIR, ui.text("council.field.chair"), Fields.combo("chairCombo", members,
                memberLabel), true);
        ComboBox<CouncilMember> secretary = d.field(CouncilField.SECRETARY, ui.text("council.field.secretary"),
                Fields.combo("secretaryCombo", members, memberLabel), true);
        if (existing != null) {
            date.setValue(existing.date());
            place.setText(existing.place());
            kind.setValue(existing.kind());
            content.setText(existing.content());
            members.stream().filter(m -> existing.chairId() != null && m.id() == existing.chairId()).findFirst()
                    .ifPresent(chair::setValue);
            members.stream().filter(m -> existing.secretaryId() != null && m.id() == existing.secretaryId()).findFirst()
                    .ifPresent(secretary::setValue);
        } else {
            kind.setValue(SessionKind.XET_KHEN_THUONG);
            members.stream().filter(m -> m.role() == MemberRole.CHU_TICH).findFirst().ifPresent(chair::setValue);
            members.stream().filter(m -> m.role() == MemberRole.UY_VIEN_THU_KY).findFirst().ifPresent(secretary::setValue);
        }
        long id = existing == null ? 0 : existing.id();
        d.onSave(() -> {
            Meeting draft = new Meeting(id, councilId, date.getValue(), existing == null ? null : existing.startTime(),
                    place.getText(), kind.getValue(), content.getText(),
                    chair.getValue() == null ? null : chair.getValue().id(),
                    secretary.getValue() == null ? null : secretary.getValue().id());
            return p -> service.saveMeeting(draft, existing);
        });
        return d.showAndWait();
    }

    /** A candidate by the person's or the unit's code. */
    static Optional<Candidate> candidate(Ui ui, MeetingService service, long meetingId, List<AwardKind> kinds) {
        FormDialog<Candidate> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.text("council.candidate.addTitle"));
        ComboBox<AwardKind> title = d.field(CouncilField.TITLE, ui.text("council.field.title"), Fields.combo("candidateTitleCombo",
                kinds, AwardKind::name), true);
        ChoiceBox<SubjectType> type = d.field(ui.text("council.field.subjectType"),
                Fields.choice("subjectTypeChoice", List.of(SubjectType.values()), ui.messages()::label), null, true);
        type.setValue(SubjectType.CA_NHAN);
        TextField code = d.field(CouncilField.SUBJECT, ui.text("council.field.subjectCode"), Fields.text("subjectCodeField"), true);
        code.setPromptText(ui.text("council.field.subjectCodeHint"));
        d.onSave(() -> {
            String titleCode = title.getValue() == null ? null : title.getValue().code();
            SubjectType t = type.getValue();
            String c = code.getText();
            return p -> service.addCandidate(meetingId, titleCode, t, c, null);
        });
        return d.showAndWait();
    }

    /** Sets the quota of a title; a blank field removes it. */
    static Optional<AgendaGroup> quota(Ui ui, MeetingService service, long meetingId, AgendaGroup group) {
        FormDialog<AgendaGroup> d = new FormDialog<>(ui.dialogs(), ui.tasks(), ui.format("council.quota.title", group.titleName()));
        TextField quota = d.field(CouncilField.QUOTA, ui.text("council.field.quota"), Fields.digits("quotaField", 4), false);
        quota.setPromptText(ui.text("council.field.quotaHint"));
        if (group.quota() != null) {
            quota.setText(Integer.toString(group.quota()));
        }
        d.onSave(() -> {
            Integer value = quota.getText().isBlank() ? null : Integer.valueOf(quota.getText());
            return p -> {
                service.setQuota(meetingId, group.titleCode(), value);
                return group;
            };
        });
        return d.showAndWait();
    }

    /**
     * Shows a failure; every problem of a refused input is listed (the plain error shows only the first). The caller
     * has nothing to log: refusals are expected and unexpected errors are logged by the runner.
     */
    static void error(Ui ui, Throwable error) {
        if (error instanceof ValidationException ve && ve.problems().size() > 1) {
            ui.dialogs().error(new AppException(ve.problems().stream().map(p -> "• " + p.describe(ui.messages().locale()))
                    .collect(Collectors.joining("\n"))));
        } else {
            ui.dialogs().error(error);
        }
    }

    /** "dd/MM/yyyy – dd/MM/yyyy" or "từ dd/MM/yyyy" for an open term. */
    static String term(Ui ui, LocalDate from, LocalDate to) {
        return to == null ? ui.format("council.term.open", VnFormat.date(from))
                : ui.format("council.term.closed", VnFormat.date(from), VnFormat.date(to));
    }

    static Button button(Ui ui, String id, String key, Runnable action) {
        Button b = new Button(ui.text(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
