package vn.tdkt.people.domain;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.common.domain.Msg;
import vn.tdkt.common.domain.PersonalId;
import vn.tdkt.common.domain.VietnameseText;

/** Pure checks of a person's fields; the same rules serve the edit form and the import. */
public final class PersonRules {

    public static final String F_CODE = "Mã cán bộ";
    public static final String F_NAME = "Họ và tên";
    public static final String F_GENDER = "Giới tính";
    public static final String F_BIRTH = "Ngày sinh";
    public static final String F_PERSONAL_ID = "Số định danh cá nhân";
    public static final String F_UNIT = "Mã đơn vị";
    public static final String F_START = "Ngày bắt đầu công tác";
    public static final String F_END = "Ngày thôi công tác";
    public static final String F_HOMETOWN = "Quê quán";
    public static final String F_RESIDENCE = "Trú quán";
    public static final String F_PROFESSIONAL = "Trình độ chuyên môn";
    public static final String F_POLITICAL = "Lý luận chính trị";
    public static final String F_ACADEMIC = "Học hàm, học vị";

    private PersonRules() {
    }

    /** A field-level finding: which field (the workbook column header), and what is wrong with it. */
    public record FieldProblem(String field, Msg message) {
    }

    public static List<FieldProblem> check(Person p) {
        List<FieldProblem> out = new ArrayList<>();
        if (p.code() == null || p.code().isBlank()) {
            out.add(new FieldProblem(F_CODE, Msg.of("person.rule.noCode")));
        } else if (p.code().length() > 50) {
            out.add(new FieldProblem(F_CODE, Msg.of("person.rule.codeTooLong", "50")));
        }
        if (p.fullName() == null || p.fullName().isBlank()) {
            out.add(new FieldProblem(F_NAME, Msg.of("person.rule.noName")));
        } else if (VietnameseText.looksLegacyEncoded(p.fullName())) {
            out.add(new FieldProblem(F_NAME, Msg.of("person.rule.legacyName")));
        }
        if (p.gender() == null) {
            out.add(new FieldProblem(F_GENDER, Msg.of("person.rule.noGender")));
        }
        java.time.LocalDate today = java.time.LocalDate.now();
        if (p.birthDate() != null && p.birthDate().getYear() < 1900) {
            out.add(new FieldProblem(F_BIRTH, Msg.of("window.rule.birthTooEarly", p.birthDate())));
        } else if (p.birthDate() != null && p.birthDate().isAfter(today)) {
            out.add(new FieldProblem(F_BIRTH, Msg.of("window.rule.birthFuture", p.birthDate(), today)));
        }
        if (p.personalId() != null && !p.personalId().isBlank()) {
            PersonalId.check(p.personalId(), p.gender(), p.birthDate())
                    .ifPresent(m -> out.add(new FieldProblem(F_PERSONAL_ID, Msg.of("person.rule.personalId", m))));
        }
        if (p.unitId() <= 0) {
            out.add(new FieldProblem(F_UNIT, Msg.of("person.rule.noUnit")));
        }
        if (p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate())) {
            out.add(new FieldProblem(F_END, Msg.of("person.rule.endBeforeStart")));
        }
        PersonProfile pr = p.profile();
        tooLong(out, F_HOMETOWN, pr.hometown(), PersonProfile.MAX_TEXT);
        tooLong(out, F_RESIDENCE, pr.residence(), PersonProfile.MAX_TEXT);
        tooLong(out, F_PROFESSIONAL, pr.professionalLevel(), PersonProfile.MAX_TEXT);
        tooLong(out, F_POLITICAL, pr.politicalTheory(), PersonProfile.MAX_POLITICAL_THEORY);
        tooLong(out, F_ACADEMIC, pr.academicTitle(), PersonProfile.MAX_TEXT);
        return out;
    }

    private static void tooLong(List<FieldProblem> out, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(new FieldProblem(field, Msg.of("person.rule.tooLong", String.valueOf(max))));
        }
    }
}
