package io.monozukuri.ingest.parser;

public record Frequency(FrequencyKind kind, String text) {}
