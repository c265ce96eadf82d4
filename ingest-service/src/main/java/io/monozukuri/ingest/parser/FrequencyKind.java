package io.monozukuri.ingest.parser;

public enum FrequencyKind {
    ANNUAL,
    BIENNIAL,
    TRIENNIAL,
    OTHER
}
