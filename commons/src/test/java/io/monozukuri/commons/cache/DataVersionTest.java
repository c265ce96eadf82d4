package io.monozukuri.commons.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DataVersionTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
    private final AtomicLong database = new AtomicLong(5);
    private final DataVersion version = new DataVersion(database::get, SECOND, clock::get);

    @Test
    void unknownUntilTheListenerHasReadIt() {
        assertThat(version.enabled()).isTrue();
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        // without the listener a request reads the database, and nothing is remembered from that
        assertThat(version.currentOrRead()).isEqualTo(5);
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        version.resynced(5, clock.get());
        assertThat(version.current()).isEqualTo(5);
    }

    @Test
    void aVersionIsUsableOnlyWithinTheStalenessBoundOfItsLastConfirmation() {
        long sent = clock.get();
        version.resynced(5, sent);
        clock.addAndGet(SECOND);
        assertThat(version.current()).isEqualTo(5);
        clock.addAndGet(1);
        assertThat(version.current())
                .as("not confirmed for longer than the bound")
                .isEqualTo(DataVersion.UNKNOWN);
        // a confirmation counts from when its query was sent, not from when it came back
        version.confirmed(5, sent + SECOND / 2);
        assertThat(version.current()).isEqualTo(5);
        clock.addAndGet(SECOND / 2);
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        // a notification makes the version newer but confirms nothing
        version.notified(6);
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        version.confirmed(6, clock.get());
        assertThat(version.current()).isEqualTo(6);
    }

    @Test
    void withinAConnectionTheVersionOnlyGrows() {
        version.resynced(5, clock.get());
        version.notified(7);
        version.notified(6);
        assertThat(version.current()).isEqualTo(7);
        version.confirmed(6, clock.get());
        assertThat(version.current())
                .as("a read sent before the last notification")
                .isEqualTo(7);
    }

    @Test
    void disconnectedMeansUnknownAndNothingButAResyncChangesThat() {
        List<Long> announced = new ArrayList<>();
        version.onChange(announced::add);
        version.resynced(5, clock.get());
        version.lost();
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        assertThat(version.connected()).isFalse();
        version.notified(9);
        version.confirmed(9, clock.get());
        database.set(9);
        version.refresh();
        assertThat(version.current()).isEqualTo(DataVersion.UNKNOWN);
        // back with the same version: nothing was written meanwhile, the kept answers stay valid
        version.resynced(5, clock.get());
        assertThat(version.current()).isEqualTo(5);
        assertThat(announced).containsExactly(5L);
        // a reconnection takes what it reads, even if lower (the database was restored)
        version.notified(8);
        version.lost();
        version.resynced(3, clock.get());
        assertThat(version.current()).isEqualTo(3);
        assertThat(announced).containsExactly(5L, 8L, 3L);
    }

    @Test
    void refreshAfterAWriteShowsItAtOnce() {
        version.resynced(5, clock.get());
        database.set(6);
        version.refresh();
        assertThat(version.current()).isEqualTo(6);
    }

    @Test
    void aDisabledVersionIsNeverKnown() {
        DataVersion disabled = DataVersion.disabled();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.current()).isEqualTo(DataVersion.UNKNOWN);
        assertThat(disabled.currentOrRead()).isEqualTo(DataVersion.UNKNOWN);
    }

    @Test
    void aDatabaseThatCannotBeReadGivesUnknown() {
        DataVersion failing = new DataVersion(
                () -> {
                    throw new java.sql.SQLException("down");
                },
                SECOND,
                clock::get);
        assertThat(failing.currentOrRead()).isEqualTo(DataVersion.UNKNOWN);
    }
}
