package io.monozukuri.measures.api;

import io.monozukuri.contracts.Measure;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schemas of the list envelopes, for the OpenAPI document only; the wire type is {@code PageResponse}. */
public final class Pages {

    private Pages() {}

    /** The envelope fields every page has. */
    public abstract static class Envelope {
        @Schema(required = true, example = "0")
        public int page;

        @Schema(required = true, example = "20")
        public int size;

        @Schema(required = true, example = "292")
        public long totalItems;

        @Schema(required = true, example = "15")
        public int totalPages;
    }

    @Schema(name = "MeasurePage")
    public static final class MeasurePage extends Envelope {
        @Schema(required = true)
        public List<Measure> items;
    }

    @Schema(name = "ReportPage")
    public static final class ReportPage extends Envelope {
        @Schema(required = true)
        public List<Report> items;
    }

    @Schema(name = "MinistryPage")
    public static final class MinistryPage extends Envelope {
        @Schema(required = true)
        public List<Ministry> items;
    }

    @Schema(name = "CorrectionPage")
    public static final class CorrectionPage extends Envelope {
        @Schema(required = true)
        public List<Correction> items;
    }
}
