package io.monozukuri.testsupport;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the statements the PostgreSQL JDBC driver sends to the server, whoever sends them (Hibernate, plain JDBC,
 * the pool): the driver logs every execution at FINEST ({@code "simple execute"}, {@code "batch execute"}; a batch counts once), and this
 * counts those records while it is installed. Executions on threads whose name contains {@code ignoredThreads} (the data
 * version listener's own connection) are left out. The test profile must let the category log at TRACE
 * ({@code quarkus.log.category."org.postgresql.core.v3".min-level=TRACE}).
 */
public final class StatementCounter implements AutoCloseable {

    /** {@code STATEMENT_COUNTER_TRACE=1} prints where each counted statement comes from, to find an unexpected one. */
    private static final boolean TRACE = System.getenv("STATEMENT_COUNTER_TRACE") != null;

    private static final String CATEGORY = "org.postgresql.core.v3.QueryExecutorImpl";

    private final Logger logger = Logger.getLogger(CATEGORY);
    private final Level previousLevel = logger.getLevel();
    private final boolean previousParents = logger.getUseParentHandlers();
    private final AtomicLong count = new AtomicLong();
    private final String ignoredThreads;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message != null
                    && (message.trim().startsWith("simple execute")
                            || message.trim().startsWith("batch execute"))
                    && !Thread.currentThread().getName().contains(ignoredThreads)) {
                count.incrementAndGet();
                if (TRACE) {
                    new Exception("statement " + count.get() + " on "
                                    + Thread.currentThread().getName())
                            .printStackTrace(System.out);
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private StatementCounter(String ignoredThreads) {
        this.ignoredThreads = ignoredThreads;
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.FINEST);
    }

    /** Starts counting; threads whose name contains {@code ignoredThreads} are not counted. */
    public static StatementCounter start(String ignoredThreads) {
        return new StatementCounter(ignoredThreads);
    }

    /** Statements sent since the start or the last call, and starts again from zero. */
    public long take() {
        return count.getAndSet(0);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
        logger.setUseParentHandlers(previousParents);
    }
}
