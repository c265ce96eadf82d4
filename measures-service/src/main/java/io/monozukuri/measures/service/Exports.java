package io.monozukuri.measures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.csv.CsvColumns;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;

/**
 * Runs the exports of this service's lists ({@link ListExport}) in one read-only transaction on one snapshot, clearing
 * the persistence context between chunks so that memory holds one chunk.
 */
@ApplicationScoped
public class Exports {

    private final EntityManager em;
    private final ObjectMapper json;

    public Exports(EntityManager em, ObjectMapper json) {
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
