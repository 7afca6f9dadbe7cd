// Composes the call-out for a ticket and a counter from the configured wording and Vietnamese number reading.
package vn.kiosk.app.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class CallOut {

    /** A short two-tone sound before the words. */
    public static final String CHIME = "chime";
    /** A breath between the repeats, so that the second one is heard as a repeat. */
    public static final String PAUSE = "pause";

    /**
     * Only a queue number is ever read aloud: one optional prefix letter and digits. Anything else
     * (a name above all) is refused rather than spoken.
     */
    private static final Pattern TICKET = Pattern.compile("([A-Z]?)([0-9]{1,9})");

    /** Replaced when the technician rewords the call-out; each call reads it once. */
    private volatile VoiceWording wording;

    public CallOut(VoiceWording wording) {
        this.wording = wording;
    }

    public VoiceWording wording() {
        return wording;
    }

    /** Puts new wording in force for the next call. */
    public void reword(VoiceWording next) {
        this.wording = next;
    }

    public Utterance compose(String ticketNumber, int counterId) {
        VoiceWording wording = this.wording;
        Matcher m = TICKET.matcher(ticketNumber);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a queue number: only a letter and digits are called out");
        }
        if (counterId < 0) {
            throw new IllegalArgumentException("counter numbers are not negative: " + counterId);
        }
        String letter = m.group(1);
        NumberReading ticket = ticketDigits(m.group(2));
        NumberReading counter = counterId <= VietnameseNumbers.MAX
                ? VietnameseNumbers.number(counterId) : VietnameseNumbers.digits(Integer.toString(counterId));

        List<String> sentence = new ArrayList<>();
        sentence.add(VoiceClips.nameFor(wording.before()));
        if (!letter.isEmpty()) {
            sentence.add(letterClip(letter.charAt(0)));
        }
        sentence.addAll(ticket.clips());
        sentence.add(VoiceClips.nameFor(wording.counter()));
        sentence.addAll(counter.clips());

        List<String> clips = new ArrayList<>();
        if (wording.chime()) {
            clips.add(CHIME);
        }
        for (int i = 0; i < wording.repeat(); i++) {
            if (i > 0) {
                clips.add(PAUSE);
            }
            clips.addAll(sentence);
        }
        String spokenNumber = letter.isEmpty() ? ticket.text() : letter + " " + ticket.text();
        return new Utterance(
                wording.before() + " " + ticketNumber + " " + wording.counter() + " " + counterId,
                wording.before() + " " + spokenNumber + " " + wording.counter() + " " + counter.text(),
                clips);
    }

    /** The clip of a prefix letter said by its Vietnamese name: B is "bê", C is "xê". */
    public static String letterClip(char letter) {
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("prefix letters are A to Z");
        }
        return "chu-" + Character.toString(letter).toLowerCase(Locale.ROOT);
    }

    private NumberReading ticketDigits(String digits) {
        if (wording.mode() == CallMode.NUMBER && digits.length() <= 4) {
            return VietnameseNumbers.number(Integer.parseInt(digits));
        }
        // Beyond 9999 (never seen in one day at a commune) the number is read digit by digit.
        return VietnameseNumbers.digits(digits);
    }
}
