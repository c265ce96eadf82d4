package io.monozukuri.ingest.parser;

import java.util.List;

public record ParsedChapter(int number, String title, List<ParsedSection> sections) {}
