package io.monozukuri.ingest.parser;

/** Something the parser could not read with certainty; line is 1-based (0 when not tied to a line). */
public record ParseWarning(int line, String code, String message) {}
