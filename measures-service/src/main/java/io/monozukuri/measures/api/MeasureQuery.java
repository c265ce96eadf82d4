package io.monozukuri.measures.api;

import io.monozukuri.commons.validation.Param;
import io.monozukuri.contracts.MeasureKind;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters and sort of the measure list, stats and exports, as the client sends them ({@code @BeanParam @Valid}):
 * each is checked by {@link Param}, so that every malformed parameter is named in one 400; the service then reads
 * them into a filter and checks what needs the data (ministry names, minYen ≤ maxYen, relevance without q).
 */
public class MeasureQuery {

    @QueryParam("report")
    @Param(type = Param.Type.UUID)
    @Parameter(description = "report id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String report;

    @QueryParam("fiscalYear")
    @Param(type = Param.Type.INTEGER, min = 1900, max = 2200)
    @Parameter(
            description = "fiscal year of the report",
            example = "2020",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"))
    public String fiscalYear;

    @QueryParam("chapter")
    @Param(type = Param.Type.INTEGER, min = 0, max = 999)
    @Parameter(
            description = "chapter number",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "999"))
    public String chapter;

    @QueryParam("section")
    @Param(type = Param.Type.INTEGER, min = 0, max = 999)
    @Parameter(
            description = "section number (within its chapter)",
            example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "999"))
    public String section;

    @QueryParam("kind")
    @Param(type = Param.Type.ENUM, values = MeasureKind.class)
    @Parameter(description = "level of the heading", schema = @Schema(implementation = MeasureKind.class))
    public String kind;

    @QueryParam("ministry")
    @Parameter(
            description = "ministry code, full name, English name or printed short name; repeat it (or separate by"
                    + " commas) for measures that name every one of them, e.g. 経産省 or METI",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public List<@Param(type = Param.Type.TEXT, max = 200) String> ministry;

    @QueryParam("hasBody")
    @Param(type = Param.Type.BOOLEAN)
    @Parameter(description = "the heading has body text of its own", schema = @Schema(type = SchemaType.BOOLEAN))
    public String hasBody;

    @QueryParam("hasBudget")
    @Param(type = Param.Type.BOOLEAN)
    @Parameter(
            description = "the heading has at least one budget amount (own or 内数)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String hasBudget;

    @QueryParam("q")
    @Param(type = Param.Type.TEXT, max = 200)
    @Parameter(
            description = "Japanese full-text search over title and description: words separated by spaces are"
                    + " AND-ed, full/half-width and case do not matter, results are ranked (title hits first) and"
                    + " carry a snippet with hits in 【】",
            example = "量子",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    public String q;

    @QueryParam("minYen")
    @Param(type = Param.Type.INTEGER, min = 0)
    @Parameter(
            description = "least own yen (totalYen)",
            example = "1000000000",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    public String minYen;

    @QueryParam("maxYen")
    @Param(type = Param.Type.INTEGER, min = 0)
    @Parameter(
            description = "most own yen (totalYen)",
            example = "10000000000",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0"))
    public String maxYen;

    @QueryParam("awardScheme")
    @Param(type = Param.Type.UUID)
    @Parameter(
            description = "id of an award scheme the measure mentions",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String awardScheme;
}
