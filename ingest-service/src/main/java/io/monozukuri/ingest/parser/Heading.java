package io.monozukuri.ingest.parser;

/** Number and title of a chapter, section or subsection; title is null when the heading was inferred. */
public record Heading(int number, String title) {}
