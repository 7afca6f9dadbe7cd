// Runs a player program as an operating system process, killing it if it hangs or the wait is interrupted.
package vn.kiosk.devices.announcer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public final class OsProcessRunner implements ProcessRunner {

    /** stderr kept for the status: enough for "Unknown PCM default" or a missing file's name. */
    private static final int ERROR_CHARS = 300;

    private final Duration timeout;

    /** @param timeout the longest one run may take; a stuck audio device must not silence all later calls */
    public OsProcessRunner(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public ProcessResult run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        // Read stderr while the program runs: a full pipe would stop it.
        CompletableFuture<String> err = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> err.complete(drain(process.getErrorStream())));
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new ProcessResult(-1, command.get(0) + " did not finish within " + timeout.toSeconds() + " s");
            }
            String text = err.get(1, TimeUnit.SECONDS).strip();
            return new ProcessResult(process.exitValue(),
                    text.length() > ERROR_CHARS ? text.substring(text.length() - ERROR_CHARS) : text);
        } catch (ExecutionException | TimeoutException e) {
            return new ProcessResult(process.exitValue(), "");
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
