// The ID card check accepts real-looking cards tolerantly, refuses inconsistent ones, and returns only an age.
package vn.kiosk.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CccdQrParserTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String ADDRESS = "Thôn Trung Tâm, xã Minh Sơn, tỉnh Thanh Hóa";

    private static String card(String id, String oldId, String name, String birth, String gender, String issued) {
        return String.join("|", id, oldId, name, birth, gender, ADDRESS, issued);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("old-style card with a CMND",
                        card("038090012345", "173456789", "Nguyễn Văn An", "01011990", "Nam", "15042021"), 36),
                Arguments.of("empty CMND, born on a leap day",
                        card("038196001234", "", "Lê Thị Hoa", "29021996", "Nữ", "10052022"), 30),
                Arguments.of("extra trailing fields of a newer card",
                        card("001205012345", "", "Trần Minh Khang", "05032005", "Nam", "12042021")
                                + "|05032030||", 21),
                Arguments.of("decomposed (NFD) letters",
                        Normalizer.normalize(card("001310012345", "", "Phạm Thị Ngọc Ánh", "07072010", "Nữ",
                                "20082024"), Normalizer.Form.NFD), 16),
                Arguments.of("a gender word the check does not know is left alone",
                        card("001090012345", "", "Đỗ An", "01011990", "Khác", "15042021"), 36),
                Arguments.of("upper-case gender",
                        card("001190012345", "", "ĐỖ THỊ AN", "01011990", "NỮ", "15042021"), 36),
                Arguments.of("birthday today counts", card("001000012345", "", "A", "23111926", "Nam", "01012021"), 100),
                Arguments.of("birthday tomorrow does not", card("001000012345", "", "A", "24111926", "Nam", "01012021"), 99),
                Arguments.of("issued the day of birth, today",
                        card("001226012345", "", "Bé Na", "23112026", "Nam", "23112026"), 0),
                Arguments.of("spaces around the numbers",
                        card(" 038090012345 ", " 173456789 ", "An", " 01011990 ", " Nam ", " 15042021 "), 36));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void aConsistentCardGivesTheAge(String why, String payload, int age) {
        assertThat(CccdQrParser.check(payload, TODAY)).isEqualTo(new CccdCheck.Age(age));
    }

    static Stream<Arguments> refused() {
        String name = "Nguyễn Văn An";
        return Stream.of(
                Arguments.of("6 fields", "038090012345|173456789|" + name + "|01011990|Nam|15042021",
                        CccdProblem.TOO_FEW_FIELDS),
                Arguments.of("11-digit ID", card("03809001234", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.BAD_ID_NUMBER),
                Arguments.of("13-digit ID", card("0380900123456", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.BAD_ID_NUMBER),
                Arguments.of("letter in the ID", card("03809001234O", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.BAD_ID_NUMBER),
                Arguments.of("full-width digits", card("０３８０９００１２３４５", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.BAD_ID_NUMBER),
                Arguments.of("8-digit CMND", card("038090012345", "17345678", name, "01011990", "Nam", "15042021"),
                        CccdProblem.BAD_OLD_ID_NUMBER),
                Arguments.of("12-digit CMND", card("038090012345", "038090012345", name, "01011990", "Nam",
                        "15042021"), CccdProblem.BAD_OLD_ID_NUMBER),
                Arguments.of("no name", card("038090012345", "", " ", "01011990", "Nam", "15042021"),
                        CccdProblem.NO_NAME),
                Arguments.of("31 February", card("038200012345", "", name, "31022000", "Nam", "15042021"),
                        CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("29 February of a common year", card("038201012345", "", name, "29022001", "Nam",
                        "15042021"), CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("month 13", card("038090012345", "", name, "01131990", "Nam", "15042021"),
                        CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("birth date with slashes", card("038090012345", "", name, "01/01/1990", "Nam",
                        "15042021"), CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("born in the future", card("038226012345", "", name, "24112026", "Nam", "23112026"),
                        CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("born before 1900", card("038099012345", "", name, "31121899", "Nam", "15042021"),
                        CccdProblem.BAD_BIRTH_DATE),
                Arguments.of("issued in the future", card("038090012345", "", name, "01011990", "Nam", "24112026"),
                        CccdProblem.BAD_ISSUE_DATE),
                Arguments.of("issued before birth", card("038090012345", "", name, "01011990", "Nam", "31121989"),
                        CccdProblem.BAD_ISSUE_DATE),
                Arguments.of("issue date 30 February", card("038090012345", "", name, "01011990", "Nam", "30022021"),
                        CccdProblem.BAD_ISSUE_DATE),
                Arguments.of("20th-century digit, born 2005", card("001005012345", "", name, "05032005", "Nam",
                        "12042021"), CccdProblem.CENTURY_MISMATCH),
                Arguments.of("21st-century digit, born 1990", card("001290012345", "", name, "01011990", "Nam",
                        "15042021"), CccdProblem.CENTURY_MISMATCH),
                Arguments.of("22nd-century digit", card("001490012345", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.CENTURY_MISMATCH),
                Arguments.of("male digit, Nữ", card("038090012345", "", name, "01011990", "Nữ", "15042021"),
                        CccdProblem.GENDER_MISMATCH),
                Arguments.of("male digit, Nữ decomposed", card("038090012345", "", name, "01011990",
                        Normalizer.normalize("Nữ", Normalizer.Form.NFD), "15042021"), CccdProblem.GENDER_MISMATCH),
                Arguments.of("female digit, Nam", card("038190012345", "", name, "01011990", "Nam", "15042021"),
                        CccdProblem.GENDER_MISMATCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anInconsistentCardIsRefusedWithAReason(String why, String payload, CccdProblem problem) {
        assertThat(CccdQrParser.check(payload, TODAY)).isEqualTo(new CccdCheck.Rejected(problem));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void theResultShowsNothingOfTheCard(String why, String payload, int age) {
        String shown = CccdQrParser.check(payload, TODAY).toString();
        assertThat(shown).isEqualTo("Age[years=" + age + "]");
    }
}
