package io.monozukuri.ingest.parser;

public enum RecruitmentMethod {
    PUBLIC_CALL,
    NOMINATION,
    NONE
}
