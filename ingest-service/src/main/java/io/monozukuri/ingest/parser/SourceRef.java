package io.monozukuri.ingest.parser;

/** 1-based lines of the ingested text; page is null when the text has no page-start marks. */
public record SourceRef(int lineStart, int lineEnd, Integer page) {}
