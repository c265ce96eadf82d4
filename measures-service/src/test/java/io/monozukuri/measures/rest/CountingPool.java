package io.monozukuri.measures.rest;

import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reactive client's pool as the application gets it, counting the statements it is asked to run: the JDBC driver's
 * are counted by test-support's {@code StatementCounter}, these are the others (one measure by id).
 */
public class CountingPool {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements run through the reactive client since the last call. */
    static long take() {
        return STATEMENTS.getAndSet(0);
    }

    /** Quarkus's pool (its bean has the type {@link PgPool} too), with every query and prepared query counted. */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    @SuppressWarnings("deprecation")
    Pool counting(PgPool pool) {
        return (Pool) Proxy.newProxyInstance(
                Pool.class.getClassLoader(), new Class<?>[] {Pool.class}, (proxy, method, args) -> {
                    if (method.getName().equals("query") || method.getName().equals("preparedQuery")) {
                        STATEMENTS.incrementAndGet();
                    }
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
