// How an external program ended: its exit code and the end of what it wrote to stderr.
package vn.kiosk.devices.announcer;

public record ProcessResult(int exitCode, String errorOutput) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
