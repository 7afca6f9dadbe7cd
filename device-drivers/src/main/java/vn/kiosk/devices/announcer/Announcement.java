// One call-out to speak: the text shown for the hearing-impaired and the clips that say it, in order.
package vn.kiosk.devices.announcer;

import java.util.List;

public record Announcement(String text, List<String> clips) {
    public Announcement {
        clips = List.copyOf(clips);
    }
}
