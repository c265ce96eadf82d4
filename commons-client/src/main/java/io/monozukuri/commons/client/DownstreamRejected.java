package io.monozukuri.commons.client;

/**
 * Another service refused a call with a 4xx: the request itself is wrong, so a retry cannot help and a circuit breaker
 * must not count it as the service failing ({@code abortOn}/{@code skipOn} of the wrapper beans).
 */
public class DownstreamRejected extends DownstreamException {

    public DownstreamRejected(int status, String detail) {
        super(status, detail);
    }
}
