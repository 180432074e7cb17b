package vn.tdkt.decision.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.ui.Fields;
import vn.tdkt.common.ui.Ui;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.PersonRow;

/**
 * The left side of the list tab: people (searched like the people list), units or a household, the kind that suits
 * them and "Thêm vào danh sách", bound to the {@link DecisionDialogModel}.
 */
final class DecisionPickers {

    private final VBox root;

    DecisionPickers(Ui ui, DecisionDialogModel model) {
        TextField personSearch = Fields.text("personSearch");
        personSearch.setPromptText(ui.text("decision.draft.personSearch"));
        personSearch.textProperty().bindBidirectional(model.personQuery);
        ListView<PersonRow> people = new ListView<>(model.people());
        people.setId("personList");
        people.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        people.setCellFactory(l -> DecisionDialog.cell(p -> p.person().fullName() + " — "
                + (p.person().position() == null ? "" : p.person().position()) + ", " + p.unitName()
                + " (" + p.person().code() + ")"));
        VBox personTab = new VBox(6, personSearch, people);
        VBox.setVgrow(people, Priority.ALWAYS);

        TextField unitSearch = Fields.text("unitSearch");
        unitSearch.setPromptText(ui.text("decision.draft.unitSearch"));
        unitSearch.textProperty().bindBidirectional(model.unitQuery);
        ListView<Unit> units = new ListView<>(model.units());
        units.setId("unitList");
        units.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        units.setCellFactory(l -> DecisionDialog.cell(model::unitLabel));
        VBox unitTab = new VBox(6, unitSearch, units);
        VBox.setVgrow(units, Priority.ALWAYS);

        TextField householdName = Fields.text("householdNameField");
        householdName.setPromptText(ui.text("decision.draft.householdName"));
        householdName.textProperty().bindBidirectional(model.householdName);
        TextField householdAddress = Fields.text("householdAddressField");
        householdAddress.setPromptText(ui.text("decision.draft.householdAddress"));
        householdAddress.textProperty().bindBidirectional(model.householdAddress);
        VBox householdTab = new VBox(6, new Label(ui.text("decision.draft.householdName")), householdName,
                new Label(ui.text("decision.draft.householdAddress")), householdAddress);

        TabPane pickers = new TabPane(tab(ui, "personTab", "decision.draft.person", personTab),
                tab(ui, "unitTab", "decision.draft.unit", unitTab), tab(ui, "householdTab", "decision.draft.household", householdTab));
        pickers.setId("pickers");
        pickers.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pickers.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> model.pickerType.set(switch (n.intValue()) {
            case 1 -> Recipient.TAP_THE;
            case 2 -> Recipient.HO_GIA_DINH;
            default -> Recipient.CA_NHAN;
        }));
        ComboBox<AwardKind> kind = new ComboBox<>(model.kinds);
        kind.setId("kindChoice");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.setConverter(Fields.converter(AwardKind::name));
        kind.valueProperty().bindBidirectional(model.kind);
        Button add = new Button(ui.text("decision.draft.add"));
        add.setId("addRecipientButton");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> {
            switch (model.pickerType.get()) {
                case CA_NHAN -> model.addPeople(people.getSelectionModel().getSelectedItems());
                case TAP_THE -> model.addUnits(units.getSelectionModel().getSelectedItems());
                case HO_GIA_DINH -> model.addHousehold();
            }
            people.getSelectionModel().clearSelection();
            units.getSelectionModel().clearSelection();
        });
        root = new VBox(8, pickers, new Label(ui.text("decision.draft.kind")), kind, add);
        VBox.setVgrow(pickers, Priority.ALWAYS);
        root.setPrefWidth(300);
        root.setMinWidth(260);
    }

    private static Tab tab(Ui ui, String id, String key, VBox content) {
        content.setPadding(new Insets(8, 0, 0, 0));
        Tab t = new Tab(ui.text(key), content);
        t.setId(id);
        return t;
    }

    Node view() {
        return root;
    }
}
