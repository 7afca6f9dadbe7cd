// One voice clip found by VoiceClips: where its sound is and whether a technician recorded it.
package vn.kiosk.app.voice;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * @param name     the clip name, such as "chu-a" or "muoi-ngang"
 * @param type     the file type: "ogg" for the shipped clips, "wav" (or "ogg") for recordings
 * @param recorded true when it comes from the technician's voice folder
 * @param location the file or class path resource
 */
public record VoiceClip(String name, String type, boolean recorded, URL location) {

    public String mediaType() {
        return "wav".equals(type) ? "audio/wav" : "audio/ogg";
    }

    public InputStream open() throws IOException {
        return location.openStream();
    }
}
