package io.monozukuri.ingest.parser;

/** A section of a chapter, with the subsections (outline only). */
public record ParsedSection(int number, String title) {}
