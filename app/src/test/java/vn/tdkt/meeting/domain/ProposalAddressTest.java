package vn.tdkt.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdkt.council.domain.AttendanceStatus;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.CouncilMember;
import vn.tdkt.council.domain.MemberRole;

/** Kính gửi and the signer of a council's Tờ trình by the award's deciding level (Luật TĐKT 2022 Điều 80 k1). */
class ProposalAddressTest {

    private static final Council SO = new Council(1, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "45/QĐ-SNV",
            LocalDate.of(2024, 1, 5), "Sở Nội vụ tỉnh Hưng Yên");
    private static final Council TINH = new Council(2, "Hội đồng Thi đua - Khen thưởng tỉnh Hưng Yên", "1520/QĐ-UBND",
            LocalDate.of(2024, 1, 5), "Ủy ban nhân dân tỉnh Hưng Yên");
    private static final MemberLine CHAIR = line(1, "Nguyễn Văn Chủ", MemberRole.CHU_TICH);
    private static final MemberLine VICE = line(2, "Trần Văn Phó", MemberRole.PHO_CHU_TICH);
    private static final List<MemberLine> MEMBERS = List.of(CHAIR, VICE, line(3, "Lê Văn Ủy", MemberRole.UY_VIEN));

    private static MemberLine line(long id, String name, MemberRole role) {
        return new MemberLine(new CouncilMember(id, 1, name, null, role, LocalDate.of(2024, 1, 5), null),
                AttendanceStatus.CO_MAT, null);
    }

    @Test
    void chienSiThiDuaCoSoGoesToTheHeadOfTheSoAndIsNotSignedByHim() {
        ProposalAddress a = ProposalAddress.of("GIAM_DOC_SO", SO, Letterhead.place(SO.authority()), Optional.of(CHAIR), MEMBERS);
        assertEquals("Giám đốc Sở Nội vụ tỉnh Hưng Yên", a.addressee());
        assertEquals(List.of("TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), a.signerTitle());
        assertEquals("Trần Văn Phó", a.signerName());
    }

    @Test
    void aProvincialTitleOfTheSoCouncilGoesToTheChairmanOfTheProvinceSignedByTheChair() {
        ProposalAddress a = ProposalAddress.of("CHU_TICH_UBND_TINH", SO, "Hưng Yên", Optional.of(CHAIR), MEMBERS);
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên", a.addressee());
        assertEquals(List.of("TM. HỘI ĐỒNG", "CHỦ TỊCH"), a.signerTitle());
        assertEquals("Nguyễn Văn Chủ", a.signerName());
    }

    @Test
    void theProvincialCouncilNeverSignsToItsOwnChairAndSendsNationalAwardsToTheirAuthority() {
        ProposalAddress bk = ProposalAddress.of("CHU_TICH_UBND_TINH", TINH, "Hưng Yên", Optional.of(CHAIR), MEMBERS);
        assertEquals("Trần Văn Phó", bk.signerName());
        ProposalAddress ttg = ProposalAddress.of("THU_TUONG", TINH, "Hưng Yên", Optional.of(CHAIR), MEMBERS);
        assertEquals("Thủ tướng Chính phủ", ttg.addressee());
        assertEquals("Nguyễn Văn Chủ", ttg.signerName());
        assertEquals("Chủ tịch nước", ProposalAddress.of("CHU_TICH_NUOC", TINH, "Hưng Yên", Optional.of(CHAIR), MEMBERS)
                .addressee());
    }

    @Test
    void thePlaceIsTheDiaDanhNotTheBodysName() {
        assertEquals("Hưng Yên", Letterhead.place("Sở Nội vụ tỉnh Hưng Yên"));
        assertEquals("Hưng Yên", Letterhead.place("Ủy ban nhân dân tỉnh Hưng Yên"));
        assertEquals("Thành phố Hồ Chí Minh", Letterhead.place("Ủy ban nhân dân thành phố Hồ Chí Minh"));
    }

    @Test
    void theCouncilsOwnPlaceAndTheAuthorityItReportsToPerLevelStand() {
        // a council whose authority's name gives no địa danh: "Sở Nội vụ" after the 2025 merger of provinces
        Council c = new Council(3, "Hội đồng Thi đua - Khen thưởng Sở Nội vụ", "12/QĐ-SNV", LocalDate.of(2025, 7, 1),
                "Sở Nội vụ", "Hưng Yên", java.util.Map.of("GIAM_DOC_SO", "Giám đốc Sở Nội vụ tỉnh Hưng Yên",
                "CHU_TICH_UBND_TINH", "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên (qua Sở Nội vụ)"));
        Letterhead head = Letterhead.ofCouncil(c);
        assertEquals("Hưng Yên", head.place(), "not the body's name");
        assertEquals("Hưng Yên, ngày 10 tháng 01 năm 2026", head.placeAndDate(LocalDate.of(2026, 1, 10)));
        assertEquals("Giám đốc Sở Nội vụ tỉnh Hưng Yên", ProposalAddress.of("GIAM_DOC_SO", c, head.place(), Optional.of(CHAIR),
                MEMBERS).addressee());
        assertEquals("Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên (qua Sở Nội vụ)", ProposalAddress.of("CHU_TICH_UBND_TINH", c,
                head.place(), Optional.of(CHAIR), MEMBERS).addressee());
        assertEquals("Thủ tướng Chính phủ", ProposalAddress.of("THU_TUONG", c, head.place(), Optional.of(CHAIR), MEMBERS)
                .addressee(), "a level the council did not set keeps the law's default");
        assertEquals("Hưng Yên", Letterhead.ofCouncil(SO).place(), "no place given: taken from the authority");
    }
}
