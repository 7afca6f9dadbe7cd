// The classifier tells an ID card, our ticket and a portal link apart, and says why anything else is refused.
package vn.kiosk.app.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.app.scan.ScanResult.CitizenCard;
import vn.kiosk.app.scan.ScanResult.OurTicket;
import vn.kiosk.app.scan.ScanResult.ProcedureLink;
import vn.kiosk.app.scan.ScanResult.Unsupported;
import vn.kiosk.app.scan.ScanResult.Unsupported.Reason;

class ScanClassifierTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrSt_-";
    private static final String CARD =
            "038090012345|173456789|Nguyễn Văn An|01011990|Nam|Thôn Trung Tâm, xã Minh Sơn|15042021";

    private final ScanClassifier classifier =
            new ScanClassifier("https://kiosk.minhson.example.vn/", ShippedCatalog.CATALOG, CLOCK, VIETNAM);

    private static Unsupported because(Reason reason) {
        return new Unsupported(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://kiosk.minhson.example.vn/follow/" + TOKEN,
            "http://192.168.1.20:8080/follow/" + TOKEN + "/",
            "HTTPS://Kiosk.Local/follow/" + TOKEN + "?lang=vi#top",
            "  https://kiosk.local/follow/" + TOKEN + "\n",
            "http://192.168.1.20:8080/t/" + TOKEN})
    void aFollowLinkOnAnyHostIsOurTicket(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(new OurTicket(TOKEN));
    }

    @Test
    void aFollowLinkUnderThePublicPathIsOursButNotUnderAnotherPath() {
        ScanClassifier proxied = new ScanClassifier("https://dvc.example.vn/kiosk/minh-son", ShippedCatalog.CATALOG,
                CLOCK, VIETNAM);
        assertThat(proxied.classify("https://other.example/kiosk/minh-son/follow/" + TOKEN))
                .isEqualTo(new OurTicket(TOKEN));
        assertThat(proxied.classify("https://other.example/follow/" + TOKEN)).isEqualTo(new OurTicket(TOKEN));
        assertThat(proxied.classify("https://other.example/elsewhere/follow/" + TOKEN))
                .isEqualTo(because(Reason.NOT_RECOGNISED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://kiosk.local/follow/AbCdEfGhIjKlMnOpQrSt_",
            "https://kiosk.local/follow/AbCdEfGhIjKlMnOpQrSt_-x",
            "https://kiosk.local/follow/AbCdEfGhIjKlMnOpQrSt+/",
            "https://kiosk.local/follow/" + TOKEN + "/more",
            "kiosk.local/follow/" + TOKEN,
            "https:///follow/" + TOKEN})
    void somethingLikeAFollowLinkIsNot(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.NOT_RECOGNISED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7",
            "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7/",
            "http://DichVuCong.Gov.VN/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7",
            "https://www.dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7#top",
            "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193",
            "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=1.001193"})
    void aPortalLinkToTheBirthRegistrationIsThatProcedure(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(new ProcedureLink("TH12-15"));
    }

    @Test
    void aPortalSearchLinkByNameMatchesItsCatalogAddressWhateverTheEscaping() {
        String shipped = ShippedCatalog.CATALOG.procedure("TH12-25").orElseThrow().portalUrl();
        assertThat(classifier.classify(shipped)).isEqualTo(new ProcedureLink("TH12-25"));
        assertThat(classifier.classify(shipped.toLowerCase(Locale.ROOT)))
                .isEqualTo(new ProcedureLink("TH12-25"));
    }

    @Test
    void proceduresSharingAnAddressOrCodeGiveTheFirstInCatalogOrder() {
        assertThat(classifier.classify("https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=1.012789"))
                .isEqualTo(new ProcedureLink("TH12-07"));
        assertThat(classifier.classify("https://dichvucong.gov.vn/x?ma=1.013978"))
                .isEqualTo(new ProcedureLink("TH12-10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/00000000-0000-0000-0000-000000000000",
            "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=9.999999",
            "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=11.001193",
            "https://dichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=1.0011934",
            "https://dichvucong.gov.vn/"})
    void anotherPortalLinkIsAnUnknownProcedure(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.UNKNOWN_PROCEDURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://dichvucong.gov.vn@evil.example/dvc-ket-qua-thu-tuc?keyword=1.001193",
            "https://dichvucong.gov.vn.evil.example/dvc-ket-qua-thu-tuc?keyword=1.001193",
            "https://notdichvucong.gov.vn/dvc-ket-qua-thu-tuc?keyword=1.001193"})
    void aLinkThatOnlyNamesThePortalIsNotIt(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.NOT_RECOGNISED));
    }

    @Test
    void anIdCardGivesOnlyTheAge() {
        assertThat(classifier.classify(CARD)).isEqualTo(new CitizenCard(36));
        assertThat(classifier.classify("\n" + CARD + "\r\n")).isEqualTo(new CitizenCard(36));
    }

    @Test
    void theAgeCountsInVietnameseTime() {
        // 18:00 UTC on 22 November is already 23 November, 01:00, in Vietnam: a birthday on the 23rd counts.
        Clock evening = Clock.fixed(Instant.parse("2026-11-22T18:00:00Z"), ZoneOffset.UTC);
        String card = "038000012345||Bà Nội|23111950|Nam|Xã Minh Sơn|01012021";
        assertThat(new ScanClassifier("http://kiosk.local", ShippedCatalog.CATALOG, evening, VIETNAM).classify(card))
                .isEqualTo(new CitizenCard(76));
        assertThat(new ScanClassifier("http://kiosk.local", ShippedCatalog.CATALOG, evening, ZoneOffset.UTC)
                .classify(card)).isEqualTo(new CitizenCard(75));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "038090012345|173456789|Nguyễn Văn An|31021990|Nam|Thôn|15042021",
            "03809001234|173456789|Nguyễn Văn An|01011990|Nam|Thôn|15042021",
            "038190012345|173456789|Nguyễn Văn An|01011990|Nam|Thôn|15042021",
            "|||||||",
            "a|b|c|d|e|f|g"})
    void somethingShapedLikeACardThatDoesNotHoldTogetherIsAnInvalidCard(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.INVALID_CARD));
    }

    @Test
    void sixFieldsAreNotACard() {
        assertThat(classifier.classify("038090012345|173456789|Nguyễn Văn An|01011990|Nam|15042021"))
                .isEqualTo(because(Reason.NOT_RECOGNISED));
    }

    @Test
    void emptyAndOverlongPayloads() {
        assertThat(classifier.classify(null)).isEqualTo(because(Reason.EMPTY));
        assertThat(classifier.classify("")).isEqualTo(because(Reason.EMPTY));
        assertThat(classifier.classify(" \t\n ")).isEqualTo(because(Reason.EMPTY));
        assertThat(classifier.classify("x".repeat(4096))).isEqualTo(because(Reason.NOT_RECOGNISED));
        assertThat(classifier.classify("x".repeat(4097))).isEqualTo(because(Reason.TOO_LONG));
        assertThat(classifier.classify(CARD + "|" + " ".repeat(4096))).isEqualTo(because(Reason.TOO_LONG));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc\u0000def", "abc\u0007", "A\u001bB", "x\u007fy", "x\u0085y", "caf\uFFFD",
            "038090012345|173456789|Nguy\uFFFDn V\uFFFDn An|01011990|Nam|Thôn|15042021",
            "https://dichvucong.gov.vn/\u0000", "lone \uD800 surrogate", "line\rbreak"})
    void controlCharactersAndUndecodableBytesAreBinary(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.BINARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "a\tb", "https://example.com/", "ftp://dichvucong.gov.vn/", "12345678",
            "00020101021238570010A000000727012700069704220113VQRQ00000000108QRIBFTTA530370454061000005802VN6304ABCD",
            "\u202Ehttps://dichvucong.gov.vn/"})
    void anythingElseIsNotRecognised(String payload) {
        assertThat(classifier.classify(payload)).isEqualTo(because(Reason.NOT_RECOGNISED));
    }

    @Test
    void aPublicUrlThatIsNotAWebAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> new ScanClassifier("kiosk.local", ShippedCatalog.CATALOG, CLOCK, VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScanClassifier(null, ShippedCatalog.CATALOG, CLOCK, VIETNAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
