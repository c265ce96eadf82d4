package io.monozukuri.measures.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Settings of measures-service, under {@code measures.*} (environment: {@code MEASURES_…}). */
@ConfigMapping(prefix = "measures")
public interface MeasuresConfig {

    Search search();

    Export export();

    interface Search {
        /** Characters of the passage returned as a search hit's snippet. */
        @WithDefault("80")
        @Min(20)
        @Max(1000)
        int snippetWidth();

        /** Longest {@code q} accepted, in characters. */
        @WithDefault("200")
        @Min(1)
        int maxQueryLength();

        /** Most words in one {@code q}. */
        @WithDefault("10")
        @Min(1)
        int maxWords();
    }

    interface Export {
        /** Measures read from the database per round trip while streaming an export. */
        @WithDefault("500")
        @Min(1)
        @Max(10000)
        int chunkSize();
    }
}
