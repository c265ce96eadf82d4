package io.monozukuri.commons.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.csv.CsvColumns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;

/**
 * Runs the exports of a service's lists ({@link ListExport}) in one read-only transaction on one snapshot, clearing the
 * persistence context between chunks so that memory holds one chunk. Each service with a database declares it once as
 * a bean ({@code @Singleton class Exports extends SnapshotExports}); Hibernate ORM and Narayana are optional
 * dependencies of commons, which those services have.
 */
public abstract class SnapshotExports {

    private final EntityManager em;
    private final ObjectMapper json;

    protected SnapshotExports(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public <T> long write(
            OutputStream out,
            ListFormat format,
            boolean bom,
            CsvColumns<T> columns,
            int chunkSize,
            ListExport.Chunks<T> chunks) {
        return QuarkusTransaction.requiringNew()
                .timeout(ListExport.TIMEOUT_SECONDS)
                .call(() -> {
                    em.createNativeQuery(ListExport.SNAPSHOT).executeUpdate();
                    return ListExport.write(out, format, bom, columns, json, chunkSize, chunk -> {
                        em.clear();
                        return chunks.read(chunk);
                    });
                });
    }
}
