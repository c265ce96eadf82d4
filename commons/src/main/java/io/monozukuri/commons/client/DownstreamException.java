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
}
