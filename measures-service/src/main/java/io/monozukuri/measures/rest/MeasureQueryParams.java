package io.monozukuri.measures.rest;

import io.monozukuri.measures.MeasureKind;
import io.monozukuri.measures.service.RawMeasureQuery;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of the measure list and stats, taken as text so that a bad value is answered with a 400
 * naming the parameter (the service validates them).
 */
public class MeasureQueryParams {

    @QueryParam("report")
    @Parameter(description = "report id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    String report;

    @QueryParam("fiscalYear")
    @Parameter(
            description = "fiscal year of the report",
            example = "2020",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
    String fiscalYear;

    @QueryParam("chapter")
    @Parameter(
            description = "chapter number",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999"))
    String chapter;

    @QueryParam("section")
    @Parameter(
            description = "section number (within its chapter)",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "999"))
    String section;

    @QueryParam("kind")
    @Parameter(description = "level of the heading", schema = @Schema(implementation = MeasureKind.class))
    String kind;

    @QueryParam("ministry")
    @Parameter(
            description = "ministry code, full name, English name or printed short name; repeat it (or separate by"
                    + " commas) for measures that name every one of them, e.g. 経産省 or METI",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    List<String> ministry;

    @QueryParam("hasBody")
    @Parameter(description = "the heading has body text of its own", schema = @Schema(type = SchemaType.BOOLEAN))
    String hasBody;

    @QueryParam("hasBudget")
    @Parameter(
            description = "the heading has at least one budget amount (own or 内数)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String hasBudget;

    @QueryParam("q")
    @Parameter(
            description = "Japanese full-text search over title and description: words separated by spaces are"
                    + " AND-ed, full/half-width and case do not matter, results are ranked (title hits first) and"
                    + " carry a snippet with hits in 【】",
            example = "量子",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String q;

    @QueryParam("minYen")
    @Parameter(
            description = "least own yen (totalYen)",
            example = "1000000000",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    String minYen;

    @QueryParam("maxYen")
    @Parameter(
            description = "most own yen (totalYen)",
            example = "10000000000",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    String maxYen;

    @QueryParam("awardScheme")
    @Parameter(
            description = "id of an award scheme the measure mentions",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    String awardScheme;

    public RawMeasureQuery toQuery(String sort) {
        return new RawMeasureQuery(
                report,
                fiscalYear,
                chapter,
                section,
                kind,
                ministry,
                hasBody,
                hasBudget,
                q,
                minYen,
                maxYen,
                awardScheme,
                sort);
    }
}
