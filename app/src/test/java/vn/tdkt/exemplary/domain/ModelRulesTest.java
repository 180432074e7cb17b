package vn.tdkt.exemplary.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.domain.Problem;

class ModelRulesTest {

    private static final LocalDate SINCE = LocalDate.of(2023, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 28);

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(p -> p.text().key()).toList();
    }

    @ParameterizedTest(name = "{0} → {1} with note ''{2}'': {3}")
    @CsvSource(nullValues = "-", value = {
        "PHAT_HIEN, BOI_DUONG, -, -",
        "BOI_DUONG, TONG_KET, -, -",
        "TONG_KET, NHAN_RONG, -, -",
        "PHAT_HIEN, TONG_KET, -, exemplary.problem.skipForward",
        "PHAT_HIEN, NHAN_RONG, -, exemplary.problem.skipForward",
        "PHAT_HIEN, PHAT_HIEN, -, exemplary.problem.sameStage",
        "NHAN_RONG, BOI_DUONG, -, exemplary.problem.backNeedsReason",
        "NHAN_RONG, BOI_DUONG, '   ', exemplary.problem.backNeedsReason",
        "NHAN_RONG, BOI_DUONG, Mô hình chưa ổn định sau khi nhân rộng, -",
        "BOI_DUONG, PHAT_HIEN, Thẩm định lại tiêu chí, -",
    })
    void stagesGoForwardOneAtATimeAndBackOnlyWithAReason(Stage from, Stage to, String note, String problem) {
        List<String> got = keys(ModelRules.checkMove(from, SINCE, to, LocalDate.of(2024, 5, 2), note, TODAY).problems());
        assertEquals(problem == null ? List.of() : List.of(problem), got);
    }

    @Test
    void aMoveIsNeitherBeforeTheLastChangeNorAfterToday() {
        assertEquals(List.of("exemplary.problem.beforeLastStage"), keys(ModelRules.checkMove(Stage.PHAT_HIEN, SINCE,
                Stage.BOI_DUONG, SINCE.minusDays(1), null, TODAY).problems()));
        assertEquals(List.of(), keys(ModelRules.checkMove(Stage.PHAT_HIEN, SINCE, Stage.BOI_DUONG, SINCE, null, TODAY)
                .problems()), "the same day as the last change is fine");
        assertEquals(List.of("exemplary.problem.stageInFuture"), keys(ModelRules.checkMove(Stage.PHAT_HIEN, SINCE,
                Stage.BOI_DUONG, TODAY.plusDays(1), null, TODAY).problems()));
        assertEquals(List.of("exemplary.problem.noTarget", "exemplary.problem.noStageDate"), keys(ModelRules.checkMove(
                Stage.PHAT_HIEN, SINCE, null, null, null, TODAY).problems()), "every problem at once");
    }

    @Test
    void aModelNamesAPersonOnlyWhenItIsOneAndAUnitOnlyWhenItIsACollective() {
        ExemplaryModel person = new ExemplaryModel(0, "DH01", "Nguyễn Thị Hoa", ModelKind.CA_NHAN, 5L, null, null, null, null,
                null, Stage.PHAT_HIEN, null, null);
        assertTrue(ModelRules.check(person).isEmpty());
        ExemplaryModel wrong = new ExemplaryModel(0, " ", null, ModelKind.HO_GIA_DINH, 5L, 7L, "Nữ", null, null, null,
                Stage.PHAT_HIEN, null, null);
        List<Problem> problems = ModelRules.check(wrong).problems();
        assertEquals(List.of("exemplary.problem.noCode", "exemplary.problem.noName", "exemplary.problem.personNotPerson",
                "exemplary.problem.unitNotCollective", "exemplary.problem.genderNotPerson"), keys(problems));
        assertEquals(ExemplaryField.PERSON, problems.get(2).field());
        ExemplaryModel enterprise = new ExemplaryModel(0, "DN01", "Công ty CP May Hưng Yên", ModelKind.DOANH_NGHIEP, null, 7L,
                null, "Sản xuất, kinh doanh", null, null, Stage.BOI_DUONG, null, null);
        assertTrue(ModelRules.check(enterprise).isEmpty());
        ExemplaryModel badGender = new ExemplaryModel(0, "DH02", "Trần Văn B", ModelKind.CA_NHAN, null, null, "nam giới", null,
                null, null, Stage.PHAT_HIEN, null, null);
        assertEquals(List.of("exemplary.problem.badGender"), keys(ModelRules.check(badGender).problems()));
    }

    @Test
    void aRecognitionNeedsItsDecisionNotBeforeTheYear() {
        assertTrue(ModelRules.check(new Recognition(0, 1, 2023, "12/QĐ-UBND", LocalDate.of(2024, 1, 15))).isEmpty(),
                "a year recognised in January of the next year");
        assertEquals(List.of("exemplary.problem.decisionBeforeYear"), keys(ModelRules.check(new Recognition(0, 1, 2024,
                "12/QĐ-UBND", LocalDate.of(2023, 12, 20))).problems()));
        assertEquals(List.of("exemplary.problem.badYear", "exemplary.problem.noDecisionNo", "exemplary.problem.noDecisionDate"),
                keys(ModelRules.check(new Recognition(0, 1, 12, "", null)).problems()));
    }
}
