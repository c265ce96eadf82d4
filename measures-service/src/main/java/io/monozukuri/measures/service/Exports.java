package io.monozukuri.measures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.commons.export.SnapshotExports;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/** The exports of this service's lists, each on one database snapshot (commons {@link SnapshotExports}). */
@Singleton
public class Exports extends SnapshotExports {

    Exports(EntityManager em, ObjectMapper json) {
        super(em, json);
    }
}
