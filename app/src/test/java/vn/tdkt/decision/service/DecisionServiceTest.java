package vn.tdkt.decision.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.AppException;
import vn.tdkt.common.domain.Problem;
import vn.tdkt.common.domain.ValidationException;
import vn.tdkt.decision.domain.AwardList;
import vn.tdkt.decision.domain.AwardListRow;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionDraft;
import vn.tdkt.decision.domain.DecisionField;
import vn.tdkt.decision.domain.DecisionNotFoundException;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.decision.domain.RecipientDraft;
import vn.tdkt.decision.domain.Revocation;
import vn.tdkt.decision.domain.RevocationDraft;
import vn.tdkt.decision.domain.Statistics0603;
import vn.tdkt.record.domain.Award;
import vn.tdkt.record.domain.AwardFormType;

class DecisionServiceTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 20);

    private final DecisionFixture f = new DecisionFixture();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Decision sample() {
        return f.decisions.drafting().record(DecisionFixture.draft("15/QĐ-UBND", JAN_2026,
                RecipientDraft.person(f.an.id(), "BK_TINH"),
                RecipientDraft.person(f.binh.id(), "LDTT"),
                RecipientDraft.person(f.binh.id(), "CSTDCS"),
                RecipientDraft.unit(f.phongTdkt.id(), "BK_TINH"),
                RecipientDraft.household("Hộ ông Đỗ Văn Hải", "Thôn Đông, xã Tân Hưng, tỉnh Hưng Yên", "GIAY_KHEN")));
    }

    @Test
    void recordingWritesTheListWithMoneyGoldBookNumbersAndTheAwardHistory() {
        Decision d = sample();
        List<DecisionRecipient> r = d.recipients();
        assertEquals(5, r.size());
        assertEquals(List.of(1, 2, 3, 4, 5), r.stream().map(DecisionRecipient::goldBookNo).toList());
        assertEquals("Nguyễn Văn An", r.get(0).name());
        assertEquals("Phó Giám đốc Sở", r.get(0).position());
        assertEquals("Sở Nội vụ", r.get(0).unitName());
        assertEquals("Phòng Thi đua, khen thưởng, Sở Nội vụ", r.get(1).unitName());
        // unit: its name, no position, its parent
        assertEquals("Phòng Thi đua, khen thưởng", r.get(3).name());
        assertEquals("", r.get(3).position());
        assertEquals("Sở Nội vụ", r.get(3).unitName());
        assertEquals(Recipient.HO_GIA_DINH, r.get(4).type());
        assertEquals("Thôn Đông, xã Tân Hưng, tỉnh Hưng Yên", r.get(4).unitName());
        // NĐ 152, base salary 2.340.000: BK cá nhân 1,5; LĐTT not paid beside CSTĐCS; BK tập thể 3,0; Giấy khen hộ 0,45
        assertEquals(List.of(3_510_000L, 0L, 2_340_000L, 7_020_000L, 1_070_000L),
                r.stream().map(x -> x.payment().amount()).toList());
        assertTrue(r.get(1).payment().note().contains("Chiến sĩ thi đua cơ sở"));
        assertEquals(13_940_000, d.total());
        assertNull(r.get(4).awardId());

        List<Award> history = f.records.ofPerson(f.binh.id()).awards();
        assertEquals(2, history.size());
        Award a = history.get(0);
        assertEquals("15/QĐ-UBND", a.decisionNo());
        assertEquals(AwardFormType.CONG_TRANG, a.formType());
        assertEquals(2025, a.yearFrom());
        assertEquals(DecisionFixture.AUTHORITY, a.authority());
        assertEquals(1, f.records.ofUnit(f.phongTdkt.id()).awards().size());

        Decision found = f.decisions.drafting().find("15/QĐ-UBND", null).orElseThrow();
        assertEquals(d, found);
        assertEquals(List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), found.info().signerTitle());
        assertEquals(4, found.info().legalBasis().size());
        assertEquals(1, f.decisions.reports().list().size());
        assertEquals(13_940_000, f.decisions.reports().list().get(0).total());
    }

    @Test
    void givenGoldBookNumbersAreKeptAndDuplicatesRefused() {
        Decision d = f.decisions.drafting().record(DecisionFixture.draft("16/QĐ-UBND", JAN_2026,
                RecipientDraft.person(f.an.id(), "BK_TINH").withGoldBookNo(120),
                RecipientDraft.person(f.binh.id(), "BK_TINH")));
        assertEquals(List.of(120, 2), d.recipients().stream().map(DecisionRecipient::goldBookNo).toList());
        ValidationException e = assertThrows(ValidationException.class, () -> f.decisions.drafting().record(DecisionFixture.draft(
                "17/QĐ-UBND", JAN_2026, RecipientDraft.person(f.an.id(), "BK_TINH").withGoldBookNo(2),
                RecipientDraft.person(f.binh.id(), "BK_TINH"))));
        assertEquals("dòng 2, cột Số sổ vàng: số sổ vàng 2 trùng với dòng 1",
                e.problems().get(0).describe());
    }

    @Test
    void validationListsEveryProblemAndWritesNothing() {
        DecisionDraft bad = new DecisionDraft(DecisionFixture.info("15 QĐ UBND", JAN_2026, AwardFormType.CONG_TRANG, 2025, 2025),
                List.of(RecipientDraft.unit(f.phongTdkt.id(), "LDTT"),
                        RecipientDraft.person(f.an.id(), "TTLDXS"),
                        RecipientDraft.household("Hộ bà Lan", "xã Tân Hưng", "CSTDCS"),
                        new RecipientDraft(f.an.id(), f.phongTdkt.id(), null, null, "BK_TINH", null),
                        RecipientDraft.person(f.an.id(), "KHONG_CO")));
        ValidationException e = assertThrows(ValidationException.class, () -> f.decisions.drafting().record(bad));
        List<String> messages = e.problems().stream().map(Problem::describe).toList();
        assertEquals(List.of(
                "Số quyết định: \"15 QĐ UBND\" không đúng dạng số/ký hiệu, ví dụ 125/QĐ-UBND",
                "dòng 1, cột Danh hiệu/Hình thức: \"Lao động tiên tiến\" chỉ dành cho cá nhân",
                "dòng 2, cột Danh hiệu/Hình thức: \"Tập thể lao động xuất sắc\" chỉ dành cho tập thể",
                "dòng 3, cột Danh hiệu/Hình thức: hộ gia đình chỉ được tặng hình thức khen thưởng, "
                        + "không xét danh hiệu \"Chiến sĩ thi đua cơ sở\"",
                "dòng 4, cột Họ và tên: mỗi dòng ghi đúng một người nhận: một cán bộ, một tập thể "
                        + "hoặc một hộ gia đình",
                "dòng 5, cột Danh hiệu/Hình thức: không có danh hiệu/hình thức mã KHONG_CO"),
                messages);
        assertTrue(f.decisions.reports().list().isEmpty());
        assertTrue(f.records.ofPerson(f.an.id()).awards().isEmpty());
    }

    @Test
    void refusesATakenNumberUnknownSubjectsAndRepeatedLinesInOneTransaction() {
        f.imported(f.dung.id(), null, "LDTT", 2025, "99/QĐ-SNV", JAN_2026);
        ValidationException taken = assertThrows(ValidationException.class, () -> f.decisions.drafting().record(
                DecisionFixture.draft("99/QĐ-SNV", JAN_2026, RecipientDraft.person(f.an.id(), "BK_TINH"))));
        assertEquals("Số quyết định: số quyết định 99/QĐ-SNV ngày 20/01/2026 đã có trong quá trình khen thưởng",
                taken.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> f.decisions.drafting().record(
                DecisionFixture.draft("18/QĐ-UBND", JAN_2026, RecipientDraft.person(f.an.id(), "BK_TINH"),
                        RecipientDraft.person(9999, "BK_TINH"), RecipientDraft.person(f.an.id(), "BK_TINH"))));
        assertEquals(List.of("dòng 2, cột Họ và tên: không có cán bộ mã số 9999",
                        "dòng 3, cột Danh hiệu/Hình thức: người nhận này đã có "
                                + "\"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\" ở dòng trước"),
                unknown.problems().stream().map(Problem::describe).toList());
        assertTrue(f.decisions.reports().list().isEmpty());
        assertEquals(0, f.records.ofPerson(f.an.id()).awards().size());
    }

    @Test
    void headerFieldsAreRequired() {
        DecisionDraft d = DecisionFixture.draft("20/QĐ-UBND", null, RecipientDraft.person(f.an.id(), "BK_TINH"));
        ValidationException e = assertThrows(ValidationException.class, () -> f.decisions.drafting().record(
                new DecisionDraft(new vn.tdkt.decision.domain.DecisionInfo(d.info().decisionNo(), null, null, " ", "Hưng Yên",
                        "Về việc tặng Bằng khen", "Chủ tịch UBND tỉnh", List.of(), "", AwardFormType.CONG_TRANG, 2026, 2025,
                        List.of(), "", "Sở Nội vụ", List.of("Như Điều 3;")), d.recipients())));
        assertEquals(List.of(DecisionField.DATE, DecisionField.ISSUER, DecisionField.SIGNER_NAME, DecisionField.SIGNER_TITLE,
                DecisionField.YEARS, DecisionField.LEGAL_BASIS, DecisionField.COPY_TO),
                e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void awardListOfARecordedDecisionHasEveryLineAndTheTotal() {
        sample();
        AwardList list = f.decisions.reports().awardList("15/QĐ-UBND", null);
        assertEquals(5, list.rows().size());
        assertEquals(List.of(1, 2, 3, 4, 5), list.rows().stream().map(AwardListRow::stt).toList());
        AwardListRow first = list.rows().get(0);
        assertEquals("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", first.kindName());
        assertEquals("1,5 × 2.340.000 = 3.510.000 đ (Điều 54 Nghị định số 152/2025/NĐ-CP; khoản 2 Điều 3 Nghị định số 73/2024/NĐ-CP)",
                first.explanation());
        assertEquals(13_940_000, list.total());
        assertEquals("(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên)",
                list.attachedTo());
        AwardList pay = f.decisions.reports().paymentList("15/QĐ-UBND", null);
        assertEquals(AwardList.Kind.PAYMENT_LIST, pay.kind());
        assertEquals(4, pay.rows().size());
        assertEquals(List.of(1, 2, 3, 4), pay.rows().stream().map(AwardListRow::stt).toList());
        assertEquals("Trần Thị Bình", pay.rows().get(1).name());
        assertEquals("Chiến sĩ thi đua cơ sở", pay.rows().get(1).kindName());
        assertEquals(13_940_000, pay.total());
    }

    @Test
    void awardListWorksForImportedAwardsWithoutADecisionRecord() {
        LocalDate date = LocalDate.of(2026, 7, 10);
        f.imported(f.binh.id(), null, "LDTT", 2025, "88/QĐ-SNV", date);
        f.imported(f.cuong.id(), null, "LDTT", 2025, "88/QĐ-SNV", date);
        f.imported(null, f.vanPhong.id(), "TTLDTT", 2025, "88/QĐ-SNV", date);
        // Cường already holds CSTĐCS 2025 from an earlier decision: another moment, so his LĐTT is paid too
        // (NĐ 152 Điều 49 khoản 5: only titles awarded at the same moment compete)
        f.imported(f.cuong.id(), null, "CSTDCS", 2025, "5/QĐ-UBND", LocalDate.of(2026, 3, 1));
        AwardList list = f.decisions.reports().awardList("88/QĐ-SNV", null);
        assertNull(list.info());
        assertEquals("Giám đốc Sở Nội vụ", list.authority());
        assertEquals(date, list.decisionDate());
        assertEquals(List.of("Trần Thị Bình", "Lê Văn Cường", "Văn phòng Sở"), list.rows().stream().map(AwardListRow::name).toList());
        assertEquals(List.of("Chuyên viên", "Trưởng phòng", ""), list.rows().stream().map(AwardListRow::position).toList());
        assertEquals(List.of(760_000L, 760_000L, 2_030_000L), list.rows().stream().map(AwardListRow::amount).toList());
        assertEquals(3_550_000, list.total());
        assertEquals(3, f.decisions.reports().paymentList("88/QĐ-SNV", null).rows().size());
    }

    @Test
    void unknownDecisionNumberIsReportedInVietnamese() {
        DecisionNotFoundException e = assertThrows(DecisionNotFoundException.class, () -> f.decisions.reports().awardList("1/QĐ-XYZ",
                null));
        assertEquals("Không tìm thấy quyết định số \"1/QĐ-XYZ\" trong quá trình khen thưởng.", e.getMessage());
    }

    @Test
    void revokingADecisionMarksLinesAndAwardsAndTakesTheirMoneyOut() {
        Decision d = sample();
        Revocation r = f.decisions.revocation().revokeDecision(d.id(), new RevocationDraft("3/QĐ-UBND", LocalDate.of(2026, 3, 2),
                "Kê khai thành tích không trung thực"));
        assertEquals(DecisionFixture.AUTHORITY, r.authority());
        assertEquals(5, r.revokedAwards());
        assertEquals(13_940_000, r.moneyToRecover());
        Set<Long> revoked = f.decisions.revocation().revokedAwardIds();
        assertEquals(4, revoked.size());
        d.recipients().stream().filter(x -> x.awardId() != null).forEach(x -> assertTrue(f.decisions.revocation().isRevoked(x.awardId())));
        AwardList list = f.decisions.reports().awardList("15/QĐ-UBND", null);
        assertEquals(5, list.rows().size());
        assertTrue(list.rows().stream().allMatch(AwardListRow::revoked));
        assertEquals(0, list.total());
        assertEquals("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (đã thu hồi theo Quyết định số 3/QĐ-UBND ngày 02/03/2026)",
                list.rows().get(0).kindName());
        assertTrue(list.rows().get(0).explanation().endsWith("tiền thưởng 3.510.000 đ phải nộp lại"));
        assertTrue(f.decisions.reports().paymentList("15/QĐ-UBND", null).rows().isEmpty());
        // the decision as issued is unchanged; its history rows stay visible
        assertEquals(13_940_000, f.decisions.drafting().find("15/QĐ-UBND", null).orElseThrow().total());
        assertEquals(2, f.records.ofPerson(f.binh.id()).awards().size());
        assertEquals(1, f.decisions.reports().list().size());
        assertEquals(5, f.decisions.reports().list().get(0).revoked());

        ValidationException again = assertThrows(ValidationException.class, () -> f.decisions.revocation().revokeDecision(d.id(),
                new RevocationDraft("4/QĐ-UBND", LocalDate.of(2026, 3, 5), "Trùng")));
        assertTrue(again.getMessage().contains("đã bị thu hồi trước đó"));
    }

    @Test
    void revokedTitleNoLongerBlocksTheMoneyOfAnotherTitleOfTheSamePeriod() {
        Decision d = sample();
        DecisionRecipient cstdcs = d.recipients().get(2);
        f.decisions.revocation().revokeRecipients(List.of(cstdcs.id()), new RevocationDraft("7/QĐ-UBND", LocalDate.of(2026, 4, 1),
                "Không đạt tiêu chuẩn trong kỳ thành tích"));
        assertTrue(f.decisions.revocation().isRevoked(cstdcs.awardId()));
        assertFalse(f.decisions.revocation().isRevoked(d.recipients().get(1).awardId()));
        // LĐTT 2025 of the same person recorded again after the revocation: now it is the highest title and pays
        Decision again = f.decisions.drafting().record(DecisionFixture.draft("30/QĐ-UBND", LocalDate.of(2026, 4, 10),
                RecipientDraft.person(f.binh.id(), "GIAY_KHEN")));
        assertEquals(710_000, again.recipients().get(0).payment().amount());
        AwardList list = f.decisions.reports().awardList("15/QĐ-UBND", null);
        assertTrue(list.rows().get(2).revoked());
        assertFalse(list.rows().get(1).revoked());
        assertEquals(13_940_000 - 2_340_000, list.total());
    }

    @Test
    void importedAwardsCanBeRevokedAndTheAuthorityMustBeTheOneThatAwarded() {
        LocalDate date = LocalDate.of(2026, 7, 10);
        Award a = f.imported(f.binh.id(), null, "LDTT", 2025, "88/QĐ-SNV", date);
        Decision d = sample();
        ValidationException mixed = assertThrows(ValidationException.class, () -> f.decisions.revocation().revokeAwards(
                List.of(a.id(), d.recipients().get(0).awardId()), new RevocationDraft("9/QĐ-SNV", LocalDate.of(2026, 8, 1), "Sai")));
        assertTrue(mixed.getMessage().contains("cấp nào khen thưởng thì cấp đó thu hồi"), mixed.getMessage());
        ValidationException early = assertThrows(ValidationException.class, () -> f.decisions.revocation().revokeAwards(List.of(a.id()),
                new RevocationDraft("9/QĐ-SNV", LocalDate.of(2026, 7, 1), "Sai")));
        assertTrue(early.getMessage().contains("trước ngày khen thưởng 10/07/2026"), early.getMessage());
        assertTrue(f.decisions.revocation().revocations().isEmpty());

        Revocation r = f.decisions.revocation().revokeAwards(List.of(a.id()), new RevocationDraft("9/QĐ-SNV", LocalDate.of(2026, 8, 1),
                "Hồ sơ đề nghị không đúng quy định"));
        assertEquals("Giám đốc Sở Nội vụ", r.authority());
        assertEquals(1, r.revokedAwards());
        assertEquals(0, r.moneyToRecover(), "Bình's LĐTT 2025 was never payable beside her CSTĐCS 2025");
        assertTrue(f.decisions.revocation().isRevoked(a.id()));
        assertTrue(f.decisions.reports().awardList("88/QĐ-SNV", null).rows().get(0).revoked());
        assertEquals(1, f.decisions.revocation().revocations().size());

        AppException missing = assertThrows(AppException.class, () -> f.decisions.revocation().revokeAwards(List.of(123456L),
                new RevocationDraft("10/QĐ-SNV", LocalDate.of(2026, 8, 1), "Sai")));
        assertEquals("Không tìm thấy khen thưởng mã số [123456].", missing.getMessage());
        ValidationException noReason = assertThrows(ValidationException.class, () -> f.decisions.revocation().revokeAwards(List.of(a.id()),
                new RevocationDraft("10/QĐ-SNV", LocalDate.of(2026, 8, 1), " ")));
        assertEquals(DecisionField.REVOCATION_REASON, noReason.problems().get(0).field());
    }

    @Test
    void statisticsCountProvinceAwardsOfTheYearBySubjectAndFormType() {
        sample();
        f.imported(f.cuong.id(), null, "BK_TINH", 2025, "40/QĐ-UBND", LocalDate.of(2026, 5, 1));
        f.records.addAward(new Award(0, f.dung.id(), null, "CSTD_TINH", AwardFormType.CONG_TRANG, 2023, 2025, "41/QĐ-UBND",
                LocalDate.of(2026, 5, 2), DecisionFixture.AUTHORITY));
        f.records.addAward(new Award(0, null, f.soTaiChinh.id(), "CO_TD_TINH", AwardFormType.CONG_TRANG, 2025, 2025, "42/QĐ-UBND",
                LocalDate.of(2026, 5, 3), DecisionFixture.AUTHORITY));
        f.records.addAward(new Award(0, f.giang.id(), null, "BK_TINH", AwardFormType.DOT_XUAT, 2025, 2025, "43/QĐ-UBND",
                LocalDate.of(2025, 5, 3), DecisionFixture.AUTHORITY));
        Statistics0603 s = f.decisions.reports().statistics0603(2026);
        Statistics0603.Line total = s.lines().get(0);
        // BK: An (leader), Phòng TĐKT (unit), Cường (leader); CSTĐ tỉnh: Dung; Cờ: Sở Tài chính. LĐTT, CSTĐCS and
        // Giấy khen (household) are not province-level forms; Giang's award is of 2025.
        assertEquals(List.of(3L, 1L, 1L, 0L), total.counts());
        assertEquals(List.of(2L, 1L, 0L, 0L), s.line("05").counts(), "Cá nhân: An, Cường, Dung");
        assertEquals(List.of(1L, 0L, 0L, 0L), s.line("07").counts(), "An, Phó Giám đốc Sở: lãnh đạo cấp sở");
        assertEquals(List.of(1L, 0L, 0L, 0L), s.line("09").counts(), "Cường, Trưởng phòng: lãnh đạo từ phó phòng trở lên");
        assertEquals(List.of(0L, 1L, 0L, 0L), s.line("10").counts(), "Dung, Kế toán viên: người trực tiếp công tác");
        assertEquals(List.of(1L, 0L, 0L, 0L), f.decisions.reports().statistics0603(2025).lines().get(0).counts());
        f.decisions.revocation().revokeDecision(f.decisions.drafting().find("15/QĐ-UBND", null).orElseThrow().id(),
                new RevocationDraft("3/QĐ-UBND", LocalDate.of(2026, 6, 1), "Sai phạm"));
        assertEquals(List.of(1L, 1L, 1L, 0L), f.decisions.reports().statistics0603(2026).lines().get(0).counts());
    }
}
