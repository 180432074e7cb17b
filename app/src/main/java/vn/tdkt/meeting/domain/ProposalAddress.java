package vn.tdkt.meeting.domain;

import java.util.List;
import java.util.Optional;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.council.domain.Council;
import vn.tdkt.council.domain.MemberRole;

/**
 * Whom a council's Tờ trình addresses and who signs it, from the award's deciding level (Luật TĐKT 2022 Điều 80 k1: the
 * head of a Sở decides LĐTT, CSTĐCS, TTLĐTT and Giấy khen; Chủ tịch UBND tỉnh the provincial titles; the Thủ tướng
 * and the Chủ tịch nước the national ones). The chair of a council is the head of its authority: when the Tờ trình
 * goes to that very head, it is never signed by the person it is addressed to, a vice-chair signs for the council.
 * The council may name the authority it reports to per level (Council#addressees), which then stands as Kính gửi.
 *
 * @param addressee   Kính gửi, e.g. "Giám đốc Sở Nội vụ tỉnh Hưng Yên"
 * @param signerTitle e.g. "TM. HỘI ĐỒNG" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
 */
public record ProposalAddress(String addressee, List<String> signerTitle, String signerName) {

    private static final String PEOPLES_COMMITTEE = "ủy ban nhân dân";

    /**
     * @param level   the deciding level code of the award (deciding_level.code), or null when unknown
     * @param place   the địa danh, e.g. "Hưng Yên"
     * @param members the members in office on the meeting day
     */
    public static ProposalAddress of(String level, Council council, String place, Optional<MemberLine> chair,
                                     List<MemberLine> members) {
        String authority = council.authority();
        boolean department = VietnameseText.fold(authority).startsWith("so ");
        boolean province = VietnameseText.fold(authority).startsWith(VietnameseText.fold(PEOPLES_COMMITTEE));
        String addressee;
        boolean toHead;
        if ("GIAM_DOC_SO".equals(level)) {
            addressee = department ? "Giám đốc " + authority : "Giám đốc Sở";
            toHead = department;
        } else if ("THU_TUONG".equals(level)) {
            addressee = "Thủ tướng Chính phủ";
            toHead = false;
        } else if ("CHU_TICH_NUOC".equals(level)) {
            addressee = "Chủ tịch nước";
            toHead = false;
        } else {
            addressee = "Chủ tịch Ủy ban nhân dân tỉnh " + place;
            toHead = province;
        }
        String chosen = level == null ? null : council.addressees().get(level);
        if (chosen != null) {
            addressee = chosen; // the authority the council reports to for that level, as the clerk set it
        }
        Optional<MemberLine> signer = chair;
        if (toHead || chair.isEmpty()) {
            Optional<MemberLine> vice = members.stream().filter(m -> m.member().role() == MemberRole.PHO_CHU_TICH).findFirst();
            signer = vice.isPresent() ? vice : toHead ? Optional.empty() : chair;
        }
        List<String> title = signer.isPresent() && signer.get().member().role() == MemberRole.PHO_CHU_TICH
                ? List.of("TM. HỘI ĐỒNG", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") : List.of("TM. HỘI ĐỒNG", "CHỦ TỊCH");
        return new ProposalAddress(addressee, title, signer.map(m -> m.member().fullName()).orElse(""));
    }
}
