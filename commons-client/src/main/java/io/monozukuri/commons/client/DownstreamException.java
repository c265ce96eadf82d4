package io.monozukuri.commons.client;

/**
 * Another service answered a call with an error status (5xx: it failed). Thrown by the REST clients of every service
 * through {@link DownstreamExceptionMapper}; the wrapper bean of a client lets its circuit breaker count it.
 */
public class DownstreamException extends RuntimeException {

    private final int status;

    public DownstreamException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The same failure, its message naming the service that answered (for logs and job records). */
    public DownstreamException of(String service) {
        String message = service + " answered HTTP " + status + ": " + getMessage();
        return this instanceof DownstreamRejected
                ? new DownstreamRejected(status, message)
                : new DownstreamException(status, message);
    }
}
