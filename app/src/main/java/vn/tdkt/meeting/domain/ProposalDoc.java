package vn.tdkt.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.record.domain.AwardFormType;

/**
 * Everything a Tờ trình đề nghị khen thưởng with its Danh sách needs (docs/decisions/0028): fed from a
 * meeting's results here, from a dossier later.
 *
 * @param date        the date of the tờ trình; it chooses the regime of the căn cứ and the "Mẫu số" label
 * @param recipients  Kính gửi, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"
 * @param extraBasis  căn cứ after those of the regime, e.g. the Biên bản họp Hội đồng (without closing punctuation)
 * @param attachments the hồ sơ sent with it, e.g. "Biên bản họp Hội đồng"
 * @param signerTitle e.g. "TM. HỘI ĐỒNG", "CHỦ TỊCH"
 */
public record ProposalDoc(Letterhead letterhead, LocalDate date, List<String> recipients, String awardCode,
                          String awardName, AwardCategory category, AwardFormType formType, int year,
                          List<Nominee> nominees, List<String> extraBasis, List<String> attachments,
                          List<String> signerTitle, String signerName, List<String> copyTo) {

    public ProposalDoc {
        recipients = List.copyOf(recipients);
        nominees = List.copyOf(nominees);
        extraBasis = List.copyOf(extraBasis);
        attachments = List.copyOf(attachments);
        signerTitle = List.copyOf(signerTitle);
        copyTo = List.copyOf(copyTo);
    }

    /** "danh hiệu “Chiến sĩ thi đua cơ sở”" or "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
    public String awardPhrase() {
        return awardPhrase(category, awardName);
    }

    public static String awardPhrase(AwardCategory category, String name) {
        return category == AwardCategory.DANH_HIEU ? "danh hiệu “" + name + "”" : name;
    }
}
