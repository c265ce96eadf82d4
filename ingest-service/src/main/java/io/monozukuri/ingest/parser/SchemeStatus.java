package io.monozukuri.ingest.parser;

public enum SchemeStatus {
    ACTIVE,
    ENDED
}
