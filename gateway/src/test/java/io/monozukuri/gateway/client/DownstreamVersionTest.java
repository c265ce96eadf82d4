package io.monozukuri.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.gateway.config.Downstream;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the gateway makes of a service's version stream: when a version counts as known, and how events are read. */
class DownstreamVersionTest {

    private static final long BOUND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final DownstreamVersion version = new DownstreamVersion(Downstream.MEASURES, BOUND, clock::get);

    @Test
    void aVersionIsKnownOnlyWhileItsLastConfirmationIsYoungerThanTheBound() {
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        version.event(7, clock.get());
        assertThat(version.current()).isEqualTo(7);
        clock.addAndGet(BOUND - 1);
        assertThat(version.current()).isEqualTo(7);
        clock.addAndGet(1);
        assertThat(version.current()).as("a confirmation exactly a bound old").isEqualTo(DataVersion.UNKNOWN);
        // a heartbeat confirms it again
        version.event(7, clock.get());
        assertThat(version.current()).isEqualTo(7);
    }

    @Test
    void minusOneOrALostStreamMakeItUnknownAtOnce() {
        version.event(3, clock.get());
        version.event(-1, clock.get());
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        version.event(3, clock.get());
        assertThat(version.current()).isEqualTo(3);
        version.lost("test");
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        assertThat(version.lastKnown()).isEqualTo(DataVersion.UNKNOWN);
    }

    @Test
    void everyNewVersionIsAnnouncedOnceAndAgainAfterAGap() {
        List<Long> announced = new ArrayList<>();
        version.onChange(announced::add);
        version.event(1, clock.get());
        version.event(1, clock.get());
        version.event(2, clock.get());
        version.lost("test");
        version.event(2, clock.get());
        // a restored database may go back: any other version is announced
        version.event(1, clock.get());
        assertThat(announced).containsExactly(1L, 2L, 2L, 1L);
    }

    @Test
    void afterAWriteThroughTheGatewayTheVersionIsUnknownUntilANewerOneArrivesOrTheBoundPassed() {
        version.event(5, clock.get());
        version.written();
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        // a heartbeat of the old version, perhaps sent before the write committed, does not lift it
        version.event(5, clock.get());
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        version.event(6, clock.get());
        assertThat(version.current()).isEqualTo(6);

        // a write that made no new version: the old one is used again after the bound
        version.written();
        clock.addAndGet(BOUND / 2);
        version.event(6, clock.get());
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        clock.addAndGet(BOUND / 2);
        version.event(6, clock.get());
        assertThat(version.current()).isEqualTo(6);
    }

    @Test
    void eventsAreReadAcrossChunksAndLineEnds() {
        List<String> data = new ArrayList<>();
        DownstreamVersions.EventParser parser = new DownstreamVersions.EventParser(data::add);
        parser.feed(Buffer.buffer("retry: 500\ndata: 4"));
        parser.feed(Buffer.buffer("2\n"));
        assertThat(data).isEmpty();
        parser.feed(Buffer.buffer("\n: a comment\n\ndata:43\r\n\r\ndata: -1\r\r"));
        assertThat(data).containsExactly("42", "43", "-1");
    }
}
