package io.monozukuri.measures.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.monozukuri.commons.concurrency.IfMatch;
import io.monozukuri.commons.export.ExportRequest;
import io.monozukuri.commons.export.ListExport;
import io.monozukuri.commons.export.ListFormat;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.validation.Param;
import io.monozukuri.commons.validation.Params;
import io.monozukuri.commons.validation.SortSpec;
import io.monozukuri.contracts.Measure;
import io.monozukuri.measures.api.MeasurePatch;
import io.monozukuri.measures.api.MeasureQuery;
import io.monozukuri.measures.api.MeasureStats;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.api.StatsGroupBy;
import io.monozukuri.measures.mapping.ExportColumns;
import io.monozukuri.measures.service.CorrectionService;
import io.monozukuri.measures.service.Exports;
import io.monozukuri.measures.service.MeasureQueryParser;
import io.monozukuri.measures.service.MeasureService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
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

    static final String CSV = ListExport.CSV;
    static final String NDJSON = ListExport.NDJSON;
    static final String CSV_EXAMPLE =
            "id,reportId,fiscalYear,code,kind,chapter,section,subsection,item,subitem,parentId,"
                    + "title,totalYen,partOfYen,partOf,pool,budgetText,ministries,reposted,hasBody,corrected,lineStart,lineEnd,"
                    + "page\r\n0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c,2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f,2020,1-1-1-(2)-①,"
                    + "SUBITEM,1,1,1,2,1,4f5e6d7c-8b9a-3c2d-9e1f-0a1b2c3d4e5f,AIチップ・次世代情報処理技術・情報通信技術等の開発,"
                    + "213310000000,,false,,\"133億10百万円（当初）、1,100億円（2019年度補正）、900億円（2020年度第3次補正）\",METI,,true,"
                    + "false,43,69,1\r\n";
    static final String CORRECTION_CSV_EXAMPLE = "id,measureId,code,author,at,note,patch,before,after\r\n"
            + "7d1f0c2e-5b6a-4c3d-8e9f-0a1b2c3d4e5f,0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c,1-1-1-(2)-①,"
            + "editor@monozukuri.io,2026-11-28T10:00:00Z,typo in the title,\"{\"\"title\"\":\"\"AIチップの開発\"\"}\","
            + "\"{…}\",\"{…}\"\r\n";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String SORT_DOC = "keys code (natural order of the report), title, totalYen, fiscalYear,"
            + " relevance (only with q; the default then); " + SortSpec.SYNTAX + ". Ties are broken by id.";

    private final MeasureService measures;
    private final MeasureQueryParser parser;
    private final CorrectionService corrections;
    private final SecurityIdentity identity;
    private final Exports exports;

    public MeasureResource(
            MeasureService measures,
            MeasureQueryParser parser,
            CorrectionService corrections,
            SecurityIdentity identity,
            Exports exports) {
        this.measures = measures;
        this.parser = parser;
        this.corrections = corrections;
        this.identity = identity;
        this.exports = exports;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, NDJSON})
    @Operation(
            operationId = "listMeasures",
            summary = "List, filter, search and export measures",
            description = "Filters are combinable. As JSON: one page of the list envelope, with Link headers to the"
                    + " other pages. As CSV (Accept: text/csv or format=csv) or NDJSON (Accept: application/x-ndjson or"
                    + " format=ndjson): every matching measure, streamed, ignoring page and size.")
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
                        examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
            })
    public Response list(
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid MeasureQuery params,
            @QueryParam("sort")
                    @Param(type = Param.Type.TEXT, max = 200)
                    @Parameter(description = SORT_DOC, example = "-totalYen")
                    String sort,
            @BeanParam @Valid ExportRequest export,
            HttpHeaders headers) {
        MeasureQueryParser.Parsed query = parser.parse(params, sort);
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(measures.list(query.filter(), query.sort(), page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        return ListExport.response(
                format,
                "measures",
                out -> exports.write(
                        out,
                        format,
                        export.bom(),
                        ExportColumns.MEASURE,
                        measures.exportChunkSize(),
                        chunk -> measures.exportChunk(query.filter(), query.sort(), chunk)));
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
    public CompletionStage<Measure> get(@PathParam("id") @Parameter(description = "measure id") UUID id) {
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
                    + " after every re-ingest of the report. Concurrent corrections of one measure are applied one after"
                    + " the other, each to what the previous one left. With If-Match (the measure's version as"
                    + " \"<version>\") the correction is applied only while the measure is at that version, else 412."
                    + " A patch that changes nothing (each field it names already has that value) answers 200 with the"
                    + " measure as it is: no history entry, no new version, its note is not kept.")
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
    public Response correct(
            @PathParam("id") @Parameter(description = "measure id") UUID id,
            @HeaderParam(IfMatch.HEADER) @Parameter(hidden = true) String ifMatch,
            JsonNode patch) {
        return corrections
                .correct(id, patch, identity.getPrincipal().getName(), ifMatch)
                .ok();
    }

    @GET
    @Path("/{id}/history")
    @Produces({MediaType.APPLICATION_JSON, CSV, NDJSON})
    @Operation(
            operationId = "listMeasureCorrections",
            summary = "The corrections of a measure, oldest first",
            description = "Each correction with its author, time, note, the merge patch applied and the measure before"
                    + " and after. CSV (format=csv) and NDJSON (format=ndjson) export every correction.")
    @APIResponse(
            responseCode = "200",
            description = "The corrections",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Pages.CorrectionPage.class)),
                @Content(
                        mediaType = CSV,
                        schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = CORRECTION_CSV_EXAMPLE))
            })
    public Response history(
            @PathParam("id") @Parameter(description = "measure id") UUID id,
            @BeanParam @Valid PageRequest page,
            @BeanParam @Valid ExportRequest export,
            HttpHeaders headers) {
        ListFormat format = export.format(headers);
        if (format == ListFormat.json) {
            return Response.ok(corrections.history(id, page), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        }
        corrections.history(id, ListExport.PROBE); // 404 before the answer starts
        return ListExport.response(
                format,
                "corrections",
                out -> exports.write(
                        out, format, export.bom(), ExportColumns.CORRECTION, ListExport.CHUNK, chunk -> corrections
                                .history(id, chunk)
                                .items()));
    }
}
