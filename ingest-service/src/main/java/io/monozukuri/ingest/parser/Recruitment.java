package io.monozukuri.ingest.parser;

public record Recruitment(RecruitmentMethod method, String text) {}
