package io.monozukuri.ingest.parser;

/** A ministry; code/name/nameEn are null when the printed short name is unknown to the registry. */
public record Ministry(String code, String name, String shortName, String nameEn) {}
