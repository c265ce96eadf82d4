package io.monozukuri.measures.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
import io.monozukuri.commons.validation.SortSpec;
import io.monozukuri.contracts.Measure;
import io.monozukuri.measures.api.Correction;
import io.monozukuri.measures.api.MeasurePatch;
import io.monozukuri.measures.api.MeasureQuery;
import io.monozukuri.measures.api.MeasureStats;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.api.StatsGroupBy;
import io.monozukuri.measures.service.CorrectionService;
import io.monozukuri.measures.service.ExportFormat;
import io.monozukuri.measures.service.MeasureQueryParser;
import io.monozukuri.measures.service.MeasureService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures")
@Tag(name = "Measures", description = "The measures of the reports: filters, search, stats, exports, corrections")
public class MeasureResource {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SORT_DOC = "keys code (natural order of the report), title, totalYen, fiscalYear,"
            + " relevance (only with q; the default then); " + SortSpec.SYNTAX + ". Ties are broken by id.";

    private final MeasureService measures;
    private final MeasureQueryParser parser;
    private final CorrectionService corrections;
    private final SecurityIdentity identity;

    public MeasureResource(
            MeasureService measures,
            MeasureQueryParser parser,
            CorrectionService corrections,
            SecurityIdentity identity) {
        this.measures = measures;
        this.parser = parser;
        this.corrections = corrections;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, NDJSON})
    @Operation(
            operationId = "listMeasures",
            summary = "List, filter, search and export measures",
            description = "Filters are combinable. As JSON: one page of the list envelope. As CSV (Accept: text/csv"
                    + " or format=csv) or NDJSON (Accept: application/x-ndjson or format=ndjson): every matching"
                    + " measure, streamed, ignoring page and size.")
    @APIResponse(
            responseCode = "200",
            description = "The measures",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.MeasurePage.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value =
                                                "id,reportId,fiscalYear,code,kind,chapter,section,subsection,item,subitem,"
                                                        + "parentId,title,totalYen,…\r\n")),
                @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING))
            })
    public Response list(
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid MeasureQuery params,
            @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    @Parameter(description = SORT_DOC, example = "-totalYen")
                    String sort,
            @QueryParam("format")
                    @Param(type = Param.Type.ENUM, values = ExportFormat.class)
                    @Parameter(
                            description = "representation; overrides the Accept header",
                            schema = @Schema(implementation = ExportFormat.class))
                    String format,
            @QueryParam("bom")
                    @Param(type = Param.Type.BOOLEAN)
                    @Parameter(
                            description = "CSV only: start with a UTF-8 byte order mark (for Excel)",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String bom,
            HttpHeaders headers) {
        MeasureQueryParser.Parsed query = parser.parse(params, sort);
        ExportFormat representation = representation(format, headers);
        if (representation == ExportFormat.json) {
            return Response.ok(measures.list(query.filter(), query.sort(), page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        boolean withBom = Boolean.TRUE.equals(Params.toBoolean(bom));
        StreamingOutput body = out -> measures.export(query.filter(), query.sort(), representation, withBom, out);
        boolean csv = representation == ExportFormat.csv;
        return Response.ok(body, csv ? CSV + ";charset=UTF-8" : NDJSON + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"measures." + representation.name() + "\"")
                .build();
    }

    @GET
    @Path("/stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "measureStats",
            summary = "Budget sums of the matching measures, grouped",
            description = "Takes every filter of the list. Re-listed measures (再掲, 一部再掲) are counted but never"
                    + " summed; 内数 pools are summed apart from own money (each distinct pool once per group);"
                    + " a measure's own money is its own budget clause only, children are never rolled up into"
                    + " parents. By ministry a joint measure counts in full under each of its ministries, so the"
                    + " groups overlap; `total` never does.")
    @APIResponse(
            responseCode = "200",
            description = "The sums",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeasureStats.class)))
    public MeasureStats stats(
            @QueryParam("groupBy")
                    @NotNull
                    @Param(type = Param.Type.ENUM, values = StatsGroupBy.class)
                    @Parameter(required = true, schema = @Schema(implementation = StatsGroupBy.class))
                    String groupBy,
            @BeanParam @Valid MeasureQuery params) {
        MeasureQueryParser.Parsed query = parser.parse(params, null);
        return measures.stats(query.filter(), Params.toEnum(groupBy, StatsGroupBy.class));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMeasure",
            summary = "One measure",
            description =
                    "With its budgets, ministries, the award schemes it mentions and the lines of the ingested text it comes from.")
    @APIResponse(
            responseCode = "200",
            description = "The measure",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Measure.class)))
    public Measure get(@PathParam("id") @Parameter(description = "measure id") UUID id) {
        return measures.get(id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("editor")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "correctMeasure",
            summary = "Correct a measure (editors)",
            description = "A JSON merge patch of title, description, budgetText, budgets, partOf, pool, ministries"
                    + " (codes) or reposted, with an optional note. Kept in the measure's history and re-applied"
                    + " after every re-ingest of the report.")
    @RequestBody(
            required = true,
            content = {
                @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = MeasurePatch.class)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurePatch.class))
            })
    @APIResponse(
            responseCode = "200",
            description = "The corrected measure",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Measure.class)))
    public Measure correct(@PathParam("id") @Parameter(description = "measure id") UUID id, JsonNode patch) {
        return corrections.correct(id, patch, identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listMeasureCorrections",
            summary = "The corrections of a measure, oldest first",
            description =
                    "Each correction with its author, time, note, the merge patch applied and the measure before and after.")
    @APIResponse(
            responseCode = "200",
            description = "The corrections",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.CorrectionPage.class)))
    public PageResponse<Correction> history(
            @PathParam("id") @Parameter(description = "measure id") UUID id, @BeanParam @Valid PageRequest page) {
        return corrections.history(id, page);
    }

    private static ExportFormat representation(String format, HttpHeaders headers) {
        ExportFormat chosen = Params.toEnum(format, ExportFormat.class);
        if (chosen != null) {
            return chosen;
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return ExportFormat.json;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV))) {
                return ExportFormat.csv;
            }
            if (accepted.isCompatible(MediaType.valueOf(NDJSON))) {
                return ExportFormat.ndjson;
            }
        }
        return ExportFormat.json;
    }
}
