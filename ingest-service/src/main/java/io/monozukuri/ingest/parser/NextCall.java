package io.monozukuri.ingest.parser;

/**
 * Next call or nomination period. from/to are yyyy-MM when printed with a year, else null; label is the printed
 * caption (次回公募, 推薦受付期間).
 */
public record NextCall(String text, String from, String to, String label) {}
