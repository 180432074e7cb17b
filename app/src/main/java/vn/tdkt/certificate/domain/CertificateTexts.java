package vn.tdkt.certificate.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tdkt.catalog.domain.AwardCategory;
import vn.tdkt.catalog.domain.AwardKind;
import vn.tdkt.catalog.domain.Catalogue;
import vn.tdkt.catalog.domain.Recipient;
import vn.tdkt.common.domain.VietnameseText;
import vn.tdkt.common.domain.VnFormat;
import vn.tdkt.decision.domain.Decision;
import vn.tdkt.decision.domain.DecisionInfo;
import vn.tdkt.decision.domain.DecisionRecipient;
import vn.tdkt.export.domain.VnDocText;

/** The certificates of a decision: one per recipient not revoked, in list order, with every text from the decision. */
public final class CertificateTexts {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private CertificateTexts() {
    }

    public static List<Certificate> of(Decision decision, Catalogue catalogue) {
        List<Certificate> out = new ArrayList<>();
        for (DecisionRecipient r : decision.recipients()) {
            if (!r.revoked()) {
                out.add(of(decision.info(), r, catalogue.require(r.kindCode())));
            }
        }
        return out;
    }

    static Certificate of(DecisionInfo info, DecisionRecipient r, AwardKind kind) {
        Map<CertField, String> t = new EnumMap<>(CertField.class);
        t.put(CertField.RECIPIENT, clean(r.name()));
        t.put(CertField.DETAIL, detail(r));
        boolean title = kind.category() == AwardCategory.DANH_HIEU;
        t.put(CertField.AWARD, title ? "Đã đạt danh hiệu “" + kind.name() + "” năm " + info.period() : kind.name());
        t.put(CertField.CITATION, capitalised(clean(info.citation())));
        t.put(CertField.DECISION, "Quyết định số " + info.decisionNo() + " ngày " + VnFormat.date(info.decisionDate()));
        t.put(CertField.GOLD_BOOK, r.goldBookNo() > 0 ? "Số sổ vàng: " + r.goldBookNo() : "");
        t.put(CertField.PLACE_DATE, clean(info.place()) + ", " + VnDocText.longDate(info.decisionDate()));
        t.put(CertField.SIGNER_TITLE, String.join("\n", info.signerTitle()));
        t.put(CertField.SIGNER_NAME, clean(info.signerName()));
        String heading = title ? "GIẤY CHỨNG NHẬN" : upper(shortName(kind.name()));
        return new Certificate(upper(clean(info.authority())), heading, kind.code(), t);
    }

    /** "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" → "Bằng khen"; "Giấy khen" stays. */
    static String shortName(String kindName) {
        int i = kindName.indexOf(" của ");
        return i > 0 ? kindName.substring(0, i) : kindName;
    }

    private static String detail(DecisionRecipient r) {
        if (r.type() == Recipient.CA_NHAN) {
            List<String> parts = new ArrayList<>();
            if (!clean(r.position()).isEmpty()) {
                parts.add(clean(r.position()));
            }
            if (!clean(r.unitName()).isEmpty()) {
                parts.add(clean(r.unitName()));
            }
            return String.join(", ", parts);
        }
        return clean(r.unitName());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }

    private static String upper(String s) {
        return VnDocText.upper(s);
    }

    private static String clean(String s) {
        return s == null ? "" : VietnameseText.clean(s);
    }
}
