package vn.tdkt.org.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.tdkt.common.ui.Choice;
import vn.tdkt.common.ui.FormDialog;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.OrgField;
import vn.tdkt.org.domain.Bloc;
import vn.tdkt.org.domain.OrgTree;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.org.domain.UnitType;
import vn.tdkt.org.service.OrgService;

/** Thêm / sửa đơn vị: code and name required; duplicate code or a parent loop come back from the service on the fields. */
final class UnitDialog {

    private UnitDialog() {
    }

    static Optional<Unit> show(Ui ui, OrgService org, List<Unit> units, List<Bloc> blocs, Unit existing, Long parentId) {
        FormDialog<Unit> d = new FormDialog<>(ui.dialogs(), ui.tasks(),
                ui.text(existing == null ? "units.editor.addTitle" : "units.editor.editTitle"));
        TextField code = d.field(OrgField.CODE, new TextField(), true);
        code.setId("unitCodeField");
        TextField name = d.field(OrgField.NAME, new TextField(), true);
        name.setId("unitNameField");
        ComboBox<Choice<Unit>> parent = d.field(OrgField.PARENT, new ComboBox<>(), false);
        parent.setId("parentCombo");
        ComboBox<Choice<Bloc>> bloc = d.field(OrgField.BLOC, new ComboBox<>(), false);
        bloc.setId("blocCombo");
        ComboBox<Choice<UnitType>> type = d.field(OrgField.TYPE, new ComboBox<>(), false);
        type.setId("unitTypeCombo");

        // a unit cannot sit under itself or its own sub-units; the service checks it again
        Set<Long> excluded = existing == null ? Set.of() : OrgTree.withDescendants(units, existing.id());
        List<Choice<Unit>> parents = new ArrayList<>();
        parents.add(new Choice<>(null, ui.text("units.field.noParent")));
        units.stream().filter(u -> !excluded.contains(u.id())).forEach(u -> parents.add(new Choice<>(u, u.name() + " (" + u.code() + ")")));
        parent.getItems().setAll(parents);
        List<Choice<Bloc>> blocChoices = new ArrayList<>();
        blocChoices.add(new Choice<>(null, ui.text("units.field.noBloc")));
        blocs.forEach(b -> blocChoices.add(new Choice<>(b, b.name())));
        bloc.getItems().setAll(blocChoices);
        List<Choice<UnitType>> types = new ArrayList<>();
        types.add(new Choice<>(null, ui.text("units.field.noType")));
        for (UnitType t : UnitType.values()) {
            types.add(new Choice<>(t, t.text(ui.messages().locale())));
        }
        type.getItems().setAll(types);
        UnitType type0 = existing == null ? null : existing.type();
        type.setValue(types.stream().filter(c -> c.value() == type0).findFirst().orElse(types.get(0)));

        Long parentId0 = existing != null ? existing.parentId() : parentId;
        Long blocId0 = existing != null ? existing.blocId() : null;
        parent.setValue(parents.stream().filter(c -> c.value() != null && parentId0 != null && c.value().id() == parentId0)
                .findFirst().orElse(parents.get(0)));
        bloc.setValue(blocChoices.stream().filter(c -> c.value() != null && blocId0 != null && c.value().id() == blocId0)
                .findFirst().orElse(blocChoices.get(0)));
        if (existing != null) {
            code.setText(existing.code());
            name.setText(existing.name());
        }
        long id = existing == null ? 0 : existing.id();
        d.onSave(() -> {
            Unit draft = new Unit(id, code.getText(), name.getText(),
                    parent.getValue().value() == null ? null : parent.getValue().value().id(),
                    bloc.getValue().value() == null ? null : bloc.getValue().value().id(), type.getValue().value());
            return p -> org.saveUnit(draft, existing);
        });
        return d.showAndWait();
    }
}
