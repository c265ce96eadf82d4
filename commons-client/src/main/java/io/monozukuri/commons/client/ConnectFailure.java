package io.monozukuri.commons.client;

import java.net.ConnectException;
import java.util.function.Predicate;

/**
 * Retry only what surely never reached the service (the connection could not be made), so that a slow service is not
 * asked twice and an answer is never waited for twice. Use with SmallRye's {@code @RetryWhen(exception = ...)}.
 */
public class ConnectFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
