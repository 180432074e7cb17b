package vn.tdkt.certificate.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * One recipient's certificate: the texts of every field, and what only the plain certificate prints (the authority
 * line and the heading, pre-printed on a blank).
 *
 * @param authority e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"
 * @param heading   e.g. "BẰNG KHEN", "GIẤY KHEN", "GIẤY CHỨNG NHẬN"
 * @param kindCode  the award kind (chooses the blank)
 */
public record Certificate(String authority, String heading, String kindCode, Map<CertField, String> texts) {

    public Certificate {
        Map<CertField, String> copy = new EnumMap<>(CertField.class);
        copy.putAll(texts);
        texts = java.util.Collections.unmodifiableMap(copy);
    }

    public String text(CertField f) {
        return texts.getOrDefault(f, "");
    }
}
