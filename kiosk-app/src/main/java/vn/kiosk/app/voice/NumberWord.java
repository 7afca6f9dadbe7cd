// One spoken Vietnamese number word: how it is written and the voice clip that says it.
package vn.kiosk.app.voice;

public enum NumberWord {
    KHONG("khong", "không"),
    MOT("mot", "một"),
    HAI("hai", "hai"),
    BA("ba", "ba"),
    BON("bon", "bốn"),
    NAM("nam", "năm"),
    SAU("sau", "sáu"),
    BAY("bay", "bảy"),
    TAM("tam", "tám"),
    CHIN("chin", "chín"),
    /** Ten itself and the tens digit 1: mười, mười lăm. */
    MUOI("muoi", "mười"),
    /** "-ty" after a tens digit of 2 to 9: hai mươi. The clip name keeps the two tones apart. */
    MUOI_NGANG("muoi-ngang", "mươi"),
    /** One after mươi: hai mươi mốt. */
    MOT_SAC("mot-sac", "mốt"),
    /** Four after mươi: hai mươi tư. */
    TU("tu", "tư"),
    /** Five after mười or mươi: mười lăm, hai mươi lăm. */
    LAM("lam", "lăm"),
    TRAM("tram", "trăm"),
    /** Zero tens before a unit: một trăm linh năm. */
    LINH("linh", "linh"),
    NGHIN("nghin", "nghìn");

    private static final NumberWord[] DIGITS = {KHONG, MOT, HAI, BA, BON, NAM, SAU, BAY, TAM, CHIN};

    private final String clip;
    private final String text;

    NumberWord(String clip, String text) {
        this.clip = clip;
        this.text = text;
    }

    /** The word for a digit said on its own: không, một … chín. */
    public static NumberWord digit(int d) {
        return DIGITS[d];
    }

    public String clip() {
        return clip;
    }

    public String text() {
        return text;
    }
}
