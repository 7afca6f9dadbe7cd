// Remembers recent answers by the request key a kiosk page sends, so a double tap or a retried request gets the
// ticket already issued instead of a second one.
package vn.kiosk.app.issuing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

final class IssueReplays {

    /** A kiosk sends a new key per ticket; a few thousand cover any retry window many times over. */
    static final int KEEP = 4096;
    static final int MAX_KEY_LENGTH = 64;

    private final Map<String, CompletableFuture<IssueAnswer>> answers = new ConcurrentHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

    /**
     * The answer for this key: issued by {@code issue} the first time, the same answer every later time. A second
     * request that arrives while the first is still being issued waits for it. A failed issue is forgotten so that
     * the citizen can try again.
     */
    IssueAnswer once(String key, Supplier<IssueAnswer> issue) {
        if (key == null) {
            return issue.get();
        }
        CompletableFuture<IssueAnswer> mine = new CompletableFuture<>();
        CompletableFuture<IssueAnswer> earlier = answers.putIfAbsent(key, mine);
        if (earlier != null) {
            return await(earlier);
        }
        remember(key);
        try {
            IssueAnswer answer = issue.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException e) {
            answers.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private synchronized void remember(String key) {
        order.addLast(key);
        while (order.size() > KEEP) {
            answers.remove(order.removeFirst());
        }
    }

    private static IssueAnswer await(CompletableFuture<IssueAnswer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the same request", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
