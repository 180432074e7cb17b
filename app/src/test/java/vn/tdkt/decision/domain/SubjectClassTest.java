package vn.tdkt.decision.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.catalog.domain.Recipient;

class SubjectClassTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Giám đốc Sở | LANH_DAO",
        "Phó Giám đốc | LANH_DAO",
        "Trưởng phòng Tổ chức cán bộ | LANH_DAO",
        "Phó Trưởng phòng | LANH_DAO",
        "Chánh Văn phòng | LANH_DAO",
        "Phó Chánh Thanh tra | LANH_DAO",
        "Phó Chủ tịch UBND xã | LANH_DAO",
        "Hiệu trưởng | LANH_DAO",
        "Kế toán trưởng | LANH_DAO",
        "Chuyên viên | CA_NHAN_KHAC",
        "Tổ trưởng tổ văn thư | CA_NHAN_KHAC",
        "Giáo viên Trường THPT Hưng Yên | CA_NHAN_KHAC",
        "Kế toán viên | CA_NHAN_KHAC",
        "'' | CA_NHAN_KHAC",
    })
    void personsAreLeadersFromDeputyHeadOfDivisionUp(String position, SubjectClass expected) {
        assertEquals(expected, SubjectClass.of(Recipient.CA_NHAN, position));
    }

    @ParameterizedTest
    @CsvSource({"TAP_THE, TAP_THE", "HO_GIA_DINH, HO_GIA_DINH"})
    void unitsAndHouseholdsKeepTheirClass(Recipient recipient, SubjectClass expected) {
        assertEquals(expected, SubjectClass.of(recipient, "Giám đốc"));
    }
}
