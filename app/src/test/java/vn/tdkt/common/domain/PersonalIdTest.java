package vn.tdkt.common.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalIdTest {

    @ParameterizedTest(name = "{0} {1} {2} → hợp lệ")
    @CsvSource({
        "001085012345, MALE, 1985-03-02",   // Hà Nội, nam sinh 1985
        "033190001234, FEMALE, 1990-12-31", // Hưng Yên, nữ sinh 1990
        "040203000001, MALE, 2003-01-01",   // Nghệ An, nam sinh 2003
        "042301999999, FEMALE, 2001-07-15", // Hà Tĩnh, nữ sinh 2001
    })
    void acceptsWellFormedNumbers(String id, Gender g, LocalDate birth) {
        assertEquals(Optional.empty(), PersonalId.check(id, g, birth));
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource({
        "03319000123, FEMALE, 1990-12-31, 12 chữ số",
        "0331900012345, FEMALE, 1990-12-31, 12 chữ số",
        "03319000123A, FEMALE, 1990-12-31, 12 chữ số",
        "003190001234, FEMALE, 1990-12-31, mã tỉnh",
        "033090001234, FEMALE, 1990-12-31, giới tính",
        "033190001234, MALE, 1990-12-31, giới tính",
        "033191001234, FEMALE, 1990-12-31, năm sinh",
    })
    void refusesWithAReason(String id, Gender g, LocalDate birth, String reason) {
        Optional<String> problem = PersonalId.check(id, g, birth).map(Msg::vi);
        assertTrue(problem.isPresent() && problem.get().contains(reason), () -> "got " + problem);
    }
}
