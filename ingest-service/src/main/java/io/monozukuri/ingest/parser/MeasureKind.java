package io.monozukuri.ingest.parser;

public enum MeasureKind {
    SUBSECTION,
    ITEM,
    SUBITEM
}
