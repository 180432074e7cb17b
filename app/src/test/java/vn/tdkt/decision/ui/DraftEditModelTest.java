package vn.tdkt.decision.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.AppContext;
import vn.tdkt.common.data.Database;
import vn.tdkt.common.domain.Gender;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.common.ui.DirectTaskExecutor;
import vn.tdkt.common.ui.Messages;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.StoredDraft;
import vn.tdkt.decision.ui.DecisionDialogModel.SignerMode;
import vn.tdkt.org.domain.Unit;
import vn.tdkt.people.domain.Person;
import vn.tdkt.people.domain.PersonRow;
import vn.tdkt.record.domain.AwardFormType;

/** "Sửa dự thảo": a stored draft opened in the decision dialog's model, changed and saved back, still a draft. */
class DraftEditModelTest {

    private AppContext ctx;
    private DecisionDialogModel model;
    private Person an;
    private Person binh;

    @BeforeEach
    void setUp() {
        ctx = new AppContext(Database.inMemory());
        Unit so = ctx.org().saveUnit(new Unit(0, "SNV", "Sở Nội vụ", null, null));
        an = ctx.people().save(new Person(0, "CB001", "Nguyễn Văn An", Gender.MALE, LocalDate.of(1980, 5, 12), null,
                "Phó Giám đốc Sở", so.id(), LocalDate.of(2010, 1, 1), null));
        binh = ctx.people().save(new Person(0, "CB002", "Trần Thị Bình", Gender.FEMALE, LocalDate.of(1985, 3, 2), null,
                "Chuyên viên", so.id(), LocalDate.of(2012, 1, 1), null));
        model = new DecisionDialogModel(ctx.decisions().drafting(), new DirectTaskExecutor(), Messages.of("vi"),
                new DecisionDialogModel.Prepared(ctx.catalogue().catalogue(), ctx.people().index(), ctx.org().units(),
                        Optional.empty(), ctx.catalogue().regimes().catalog()));
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    private StoredDraft stored() {
        DecisionInfo info = new DecisionInfo(null, null, "", "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", "Hưng Yên",
                "Về việc tặng Bằng khen năm 2025", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên",
                List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Nguyễn Hùng Nam", AwardFormType.CONG_TRANG, 2025, 2025,
                List.of("Căn cứ Luật Thi đua, khen thưởng"), "Đã có thành tích năm 2025", "Giám đốc Sở Nội vụ",
                List.of("Như Điều 3;", "Lưu: VT."));
        DecisionDraft d = new DecisionDraft(info, List.of(RecipientDraft.person(an.id(), "BK_TINH")
                .withOverride("Có thành tích đột xuất")));
        return ctx.decisions().drafting().saveDraft(null, "CHU_TICH_UBND_TINH", d, "test");
    }

    @Test
    void theDraftOpensWithItsHeaderAndLines() {
        StoredDraft s = stored();
        model.edit(s);
        assertTrue(model.editsDraft());
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN", model.issuer.get());
        assertEquals("Hưng Yên", model.place.get());
        assertEquals("Về việc tặng Bằng khen năm 2025", model.subject.get());
        assertEquals(SignerMode.KT, model.signerMode.get());
        assertEquals("CHỦ TỊCH", model.signerFor.get());
        assertEquals("PHÓ CHỦ TỊCH", model.signerPosition.get());
        assertEquals(2025, model.yearTo.get());
        assertEquals("Đã có thành tích năm 2025", model.citation.get());
        assertEquals(List.of("Căn cứ Luật Thi đua, khen thưởng"), List.copyOf(model.legalBasis));
        assertEquals(List.of("Như Điều 3;", "Lưu: VT."), List.copyOf(model.copyTo));
        assertEquals(1, model.lines.size());
        assertEquals("Nguyễn Văn An", model.lines.get(0).name());
        assertEquals("Sở Nội vụ", model.lines.get(0).unitName());
        assertEquals("BK_TINH", model.lines.get(0).kindProperty().get().code());
        assertEquals("Có thành tích đột xuất", model.lines.get(0).overrideReason());
    }

    @Test
    void headerAndLinesAreSavedBackStillADraft() {
        StoredDraft s = stored();
        model.edit(s);
        model.place.set("Phố Hiến");
        model.signerName.set("Trần Văn Bốn");
        model.householdName.set("Hộ ông Nguyễn Văn Tám");
        model.householdAddress.set("Thôn Đông, xã Tân Tiến");
        model.addHousehold();

        StoredDraft saved = model.saveDraft("test").apply(null);

        assertEquals(s.id(), saved.id());
        assertEquals("CHU_TICH_UBND_TINH", saved.decidingLevel());
        DecisionInfo i = saved.draft().info();
        assertEquals("Phố Hiến", i.place());
        assertEquals("Trần Văn Bốn", i.signerName());
        assertNull(i.decisionNo());
        assertNull(i.decisionDate());
        List<RecipientDraft> lines = saved.draft().recipients();
        assertEquals(2, lines.size());
        assertEquals("Có thành tích đột xuất", lines.get(0).overrideReason());
        assertEquals("Hộ ông Nguyễn Văn Tám", lines.get(1).householdName());
        assertEquals("BK_TINH", lines.get(1).kindCode());
        assertEquals(1, ctx.decisions().drafting().drafts().size());
        assertTrue(ctx.decisions().reports().register().isEmpty());
        assertEquals(saved.draft(), ctx.decisions().drafting().draft(s.id()).orElseThrow().draft());
    }

    @Test
    void aPersonTheReviewFindsNotEligibleIsRefusedUnlessAReasonIsTyped() {
        StoredDraft s = stored();
        model.edit(s);
        model.place.set("Phố Hiến");
        PersonRow b = model.people().stream().filter(r -> r.person().id() == binh.id()).findFirst().orElseThrow();
        model.addPeople(List.of(b));

        ValidationException e = assertThrows(ValidationException.class, () -> model.saveDraft("test").apply(null));
        assertEquals(DecisionField.LINE_OVERRIDE, e.problems().get(0).field());
        assertEquals(2, e.problems().get(0).row());
        assertEquals(s.draft(), ctx.decisions().drafting().draft(s.id()).orElseThrow().draft(), "nothing written");

        model.lines.get(1).overrideReasonProperty().set("Có thành tích đột xuất trong phòng, chống thiên tai");
        StoredDraft kept = model.saveDraft("test").apply(null);
        assertEquals("Có thành tích đột xuất trong phòng, chống thiên tai", kept.draft().recipients().get(1).overrideReason(),
                "kept with the reason typed in the list");
    }

    @Test
    void aNewDecisionIsNotADraft() {
        assertThrows(IllegalStateException.class, () -> model.saveDraft("test"));
    }
}
