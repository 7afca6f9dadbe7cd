// A serial line whose bytes come from a script, for driving the CDC scanner without hardware.
package vn.kiosk.devices.scanner;

import java.io.IOException;
import java.time.Duration;

import vn.kiosk.devices.serial.SerialLine;

final class FakeSerialLine implements SerialLine {

    private final ScriptedInput input;

    FakeSerialLine(ScriptedInput input) {
        this.input = input;
    }

    @Override
    public void open() throws IOException {
        input.open();
    }

    @Override
    public boolean isOpen() {
        return input.isOpen();
    }

    @Override
    public void write(byte[] data) throws IOException {
        throw new IOException("a scanner line is read only in these tests");
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        return input.read(buffer, timeout);
    }

    @Override
    public String name() {
        return "/dev/fake";
    }

    @Override
    public void close() {
        input.close();
    }
}
