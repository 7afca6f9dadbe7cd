// One composed call-out: the sentence for the screen, the words actually said, and the clips that say them.
package vn.kiosk.app.voice;

import java.util.List;

import vn.kiosk.devices.announcer.Announcement;

/**
 * @param shown  for the display and the hearing-impaired, with figures:
 *               "Xin mời công dân có số thứ tự A015 đến quầy số 2"
 * @param spoken the same sentence as it is said: "… A không một năm đến quầy số hai"
 * @param clips  voice clip names in playing order, repeats included
 */
public record Utterance(String shown, String spoken, List<String> clips) {

    public Utterance {
        clips = List.copyOf(clips);
    }

    public Announcement announcement() {
        return new Announcement(shown, clips);
    }
}
