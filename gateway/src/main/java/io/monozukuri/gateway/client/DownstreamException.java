package io.monozukuri.gateway.client;

/** A service answered a call of the gateway with an error status. */
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
