package io.monozukuri.commons.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void connectionStatesAnywhereInTheCausesAreUnavailable() {
        assertThat(Unavailable.isConnectionFailure(new SQLException("gone", "08006")))
                .isTrue();
        assertThat(Unavailable.isConnectionFailure(new SQLException("shutting down", "57P01")))
                .isTrue();
        assertThat(Unavailable.isConnectionFailure(
                        new IllegalStateException("read failed", new SQLException("too many connections", "53300"))))
                .isTrue();
    }

    @Test
    void aRefusedConnectionOfAnyClientIsUnavailable() {
        // the reactive client's (Netty's) refusals are subclasses of ConnectException
        ConnectException netty = new ConnectException("Connection refused") {};
        assertThat(Unavailable.isConnectionFailure(new RuntimeException(netty))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Unavailable.isConnectionFailure(new SQLException("no such table", "42P01")))
                .isFalse();
        assertThat(Unavailable.isConnectionFailure(new SQLException("disk full", "53100")))
                .isFalse();
        assertThat(Unavailable.isConnectionFailure(new IllegalStateException("bug")))
                .isFalse();
    }
}
