package vn.tdkt.movement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.movement.domain.LaunchLevel;
import vn.tdkt.movement.domain.Movement;
import vn.tdkt.movement.domain.MovementChoice;
import vn.tdkt.movement.domain.MovementDetails;
import vn.tdkt.movement.domain.MovementKind;
import vn.tdkt.movement.domain.MovementLinks;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.record.domain.AwardFormType;

/** The public API others pick a movement with, and the decisions that name one. */
class MovementLinkServiceTest {

    private AppContext ctx;
    private Movement tayNinh;

    @BeforeEach
    void open() {
        ctx = new AppContext(Database.inMemory());
        tayNinh = ctx.movements().save(MovementDetails.of(Movement.draft("PT-TN-2023", "Phong trào thi đua yêu nước năm 2023",
                MovementKind.THUONG_XUYEN, LaunchLevel.BO_TINH)), "u").movement();
        ctx.movements().save(MovementDetails.of(Movement.draft("PT-HT-2021", "Cao điểm thi đua 01/4–30/9/2021",
                MovementKind.THEO_DOT, LaunchLevel.BO_TINH)), "u");
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void aMovementIsFoundByCodeLabelOrNameIgnoringCaseAndDiacritics() {
        MovementLinkService links = ctx.movementLinks();
        assertEquals(2, links.choices().size());
        assertEquals(tayNinh.id(), links.byCode("pt-tn-2023").orElseThrow().id());
        assertTrue(links.byCode("Phong trào thi đua yêu nước năm 2023").isEmpty(), "byCode reads codes only");
        assertEquals(tayNinh.id(), links.match("phong trao thi dua yeu nuoc nam 2023").orElseThrow().id());
        assertEquals(tayNinh.id(), links.match("PT-TN-2023 — Phong trào thi đua yêu nước năm 2023").orElseThrow().id());
        assertTrue(links.match("Thi đua chào mừng Đại hội").isEmpty(), "a text naming no movement stays text");
        assertEquals("PT-TN-2023 — Phong trào thi đua yêu nước năm 2023",
                MovementChoice.match(links.choices(), "PT-TN-2023").orElseThrow().label());
    }

    @Test
    void aDecisionNamesItsMovementAndTheMovementListsIt() {
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        Person an = ctx.people().save(new Person(0, "CB01", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 3, 2), null,
                "Chuyên viên", so.id(), LocalDate.of(2010, 1, 1), null));
        ctx.decisions().drafting().record(new DecisionDraft(info("12/QĐ-UBND"), List.of(RecipientDraft.person(an.id(), "BK_TINH")),
                tayNinh.id()));
        ctx.decisions().drafting().record(new DecisionDraft(info("13/QĐ-UBND"), List.of(RecipientDraft.unit(so.id(), "BK_TINH"))));

        MovementLinks links = ctx.movementLinks().links(tayNinh.id());
        assertEquals(List.of("12/QĐ-UBND"), links.decisions().stream().map(MovementLinks.LinkedDecision::decisionNo).toList());
        assertEquals(1, links.decisions().get(0).lines());
        assertTrue(links.decisions().get(0).total() > 0, "the bonus of the line is summed");

        ctx.movements().delete(tayNinh.id());
        ValidationException e = assertThrows(ValidationException.class, () -> ctx.decisions().drafting().record(
                new DecisionDraft(info("14/QĐ-UBND"), List.of(RecipientDraft.person(an.id(), "BK_TINH")), tayNinh.id())));
        assertEquals(DecisionField.MOVEMENT, e.problems().get(0).field());
    }

    private static DecisionInfo info(String no) {
        return new DecisionInfo(no, LocalDate.of(2024, 1, 15), null, "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", "Tây Ninh",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Văn A", AwardFormType.CONG_TRANG, 2023, 2023,
                List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
                "đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2023", "Giám đốc Sở Nội vụ",
                List.of("Như Điều 3;", "Lưu: VT."));
    }
}
