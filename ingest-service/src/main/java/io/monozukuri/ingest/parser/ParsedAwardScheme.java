package io.monozukuri.ingest.parser;

import java.util.List;

/** One row of the award table (last chapter). */
public record ParsedAwardScheme(
        String name,
        String summary,
        AwardMinistry ministry,
        String office,
        List<String> prizes,
        String prizeNote,
        Recruitment recruitment,
        Frequency frequency,
        NextCall nextCall,
        SchemeStatus status,
        String note,
        SourceRef source) {}
