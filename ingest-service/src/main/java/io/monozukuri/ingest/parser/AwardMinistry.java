package io.monozukuri.ingest.parser;

public record AwardMinistry(String code, String name) {}
