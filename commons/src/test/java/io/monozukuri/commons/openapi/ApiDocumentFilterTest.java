package io.monozukuri.commons.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiDocumentFilterTest {

    private static OpenAPI document() {
        Schema edition = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty(
                        "year",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .example(2022))
                .addProperty(
                        "title",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .example("第9回"));
        Operation list = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("The editions", "#/components/schemas/Edition")));
        Operation create = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/Edition")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("201", json("Created", "#/components/schemas/Edition"))
                        .addAPIResponse(
                                "409",
                                OASFactory.createAPIResponse()
                                        .description("The number is taken")
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/problem+json",
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("#/components/schemas/Problem"))))));
        Operation get = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("One edition", "#/components/schemas/Edition")));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema("Edition", edition))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/editions",
                                OASFactory.createPathItem().GET(list).POST(create))
                        .addPathItem(
                                "/api/v1/editions/{id}",
                                OASFactory.createPathItem().GET(get)));
    }

    private static APIResponse json(String description, String ref) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ref))));
    }

    @Test
    void everyOperationGetsItsSecurityAndProblemAnswersOnce() {
        OpenAPI doc = document();
        new ApiDocumentFilter().filterOpenAPI(doc);
        new ApiDocumentFilter().filterOpenAPI(doc); // idempotent

        Operation list = doc.getPaths().getPathItem("/api/v1/editions").getGET();
        Operation create = doc.getPaths().getPathItem("/api/v1/editions").getPOST();
        Operation get = doc.getPaths().getPathItem("/api/v1/editions/{id}").getGET();

        assertThat(list.getSecurity()).isEmpty();
        assertThat(create.getSecurity()).hasSize(1);
        assertThat(create.getSecurity().get(0).getSchemes()).containsOnlyKeys("bearerAuth");

        // 406, 414 and 431 come from the HTTP layer of every operation; 413 with every body
        assertThat(list.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "406", "414", "431", "500");
        assertThat(create.getResponses().getAPIResponses())
                .containsOnlyKeys("201", "400", "401", "403", "406", "409", "413", "414", "415", "431", "500");
        assertThat(get.getResponses().getAPIResponses()).containsOnlyKeys("200", "404", "406", "414", "431", "500");
        assertThat(create.getResponses()
                        .getAPIResponse("413")
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getExample())
                .asString()
                .contains("payload-too-large", "Payload Too Large");
        APIResponse badRequest = list.getResponses().getAPIResponse("400");
        assertThat(badRequest
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/Problem");
        // a problem the resource documents itself is kept as it is
        assertThat(create.getResponses().getAPIResponse("409").getDescription()).isEqualTo("The number is taken");
        assertThat(doc.getComponents().getSchemas()).containsKeys("Problem", "FieldError");
    }

    @Test
    void headersAndExamplesAreAddedWhereTheyBelong() {
        OpenAPI doc = document();
        new ApiDocumentFilter().filterOpenAPI(doc);

        Operation create = doc.getPaths().getPathItem("/api/v1/editions").getPOST();
        APIResponse created = create.getResponses().getAPIResponse("201");
        assertThat(created.getHeaders()).containsKeys("X-Request-ID", "Location");
        assertThat(create.getResponses().getAPIResponse("400").getHeaders()).containsKey("X-Request-ID");
        assertThat(create.getRequestBody()
                        .getContent()
                        .getMediaType("application/json")
                        .getExample())
                .isEqualTo(Map.of("year", 2022, "title", "第9回"));
        assertThat(created.getContent().getMediaType("application/json").getExample())
                .isEqualTo(Map.of("year", 2022, "title", "第9回"));
        Operation get = doc.getPaths().getPathItem("/api/v1/editions/{id}").getGET();
        assertThat(get.getResponses().getAPIResponse("200").getHeaders()).containsOnlyKeys("X-Request-ID");
        assertThat(doc.getComponents().getHeaders()).containsKeys("X-Request-ID", "Location", "ETag");
    }

    @Test
    void conditionalReadsDocumentETagAnd304OnPublicReadsOnly() {
        OpenAPI doc = document();
        new ConditionalReadsFilter().filterOpenAPI(doc);

        Operation get = doc.getPaths().getPathItem("/api/v1/editions/{id}").getGET();
        assertThat(get.getResponses().getAPIResponses()).containsKey("304");
        assertThat(get.getResponses().getAPIResponse("200").getHeaders()).containsKeys("ETag", "Cache-Control", "Vary");
        assertThat(get.getParameters()).extracting(Parameter::getRef).contains("#/components/parameters/If-None-Match");
        assertThat(doc.getComponents().getParameters()).containsKey("If-None-Match");
        assertThat(doc.getComponents().getHeaders().get("ETag").getExample().toString())
                .startsWith("W/");
        Operation create = doc.getPaths().getPathItem("/api/v1/editions").getPOST();
        assertThat(create.getResponses().getAPIResponses()).doesNotContainKey("304");
    }

    @Test
    void versionedWritesDocumentIfMatch412AndTheirETag() {
        OpenAPI doc = document();
        Operation put = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        "application/json",
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/Edition")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("Replaced", "#/components/schemas/Edition")));
        Operation delete = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("204", OASFactory.createAPIResponse().description("Deleted")));
        Operation internal = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("Stored", "#/components/schemas/Edition")));
        doc.getPaths().getPathItem("/api/v1/editions/{id}").PUT(put).DELETE(delete);
        doc.getPaths()
                .addPathItem(
                        "/internal/editions/{id}", OASFactory.createPathItem().PUT(internal));
        new ConditionalReadsFilter().filterOpenAPI(doc);
        new ConditionalReadsFilter().filterOpenAPI(doc);

        for (Operation write : List.of(put, delete)) {
            assertThat(write.getParameters())
                    .extracting(Parameter::getRef)
                    .containsExactly("#/components/parameters/If-Match");
            assertThat(write.getResponses().getAPIResponse("412").getContent().getMediaType("application/problem+json"))
                    .isNotNull();
        }
        assertThat(put.getResponses()
                        .getAPIResponse("200")
                        .getHeaders()
                        .get("ETag")
                        .getRef())
                .isEqualTo("#/components/headers/VersionETag");
        assertThat(doc.getComponents().getParameters().get("If-Match").getIn()).isEqualTo(Parameter.In.HEADER);
        assertThat(doc.getComponents().getHeaders().get("VersionETag").getExample())
                .isEqualTo("\"4711\"");
        assertThat(internal.getResponses().getAPIResponses()).doesNotContainKey("412");
        Operation create = doc.getPaths().getPathItem("/api/v1/editions").getPOST();
        assertThat(create.getResponses().getAPIResponses()).doesNotContainKey("412");
        Operation get = doc.getPaths().getPathItem("/api/v1/editions/{id}").getGET();
        assertThat(get.getResponses().getAPIResponses()).doesNotContainKey("412");
    }

    @Test
    void conditionalReadsCanBeChosenByPath() {
        OpenAPI doc = document();
        new ApiDocumentFilter() {
            @Override
            protected boolean conditionalReads(String path) {
                return path.endsWith("{id}");
            }
        }.filterOpenAPI(doc);
        assertThat(doc.getPaths()
                        .getPathItem("/api/v1/editions/{id}")
                        .getGET()
                        .getResponses()
                        .getAPIResponses())
                .containsKey("304");
        assertThat(doc.getPaths()
                        .getPathItem("/api/v1/editions")
                        .getGET()
                        .getResponses()
                        .getAPIResponses())
                .doesNotContainKey("304");
    }

    @Test
    void javaScalarsAreInlinedAndUnreachableSchemasDropped() {
        OpenAPI doc = document();
        doc.getComponents()
                .addSchema(
                        "UUID",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("uuid"))
                .addSchema(
                        "Unused",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.OBJECT))
                                .addProperty("x", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        doc.getComponents()
                .getSchemas()
                .get("Edition")
                .addProperty("id", OASFactory.createSchema().ref("#/components/schemas/UUID"));
        new ApiDocumentFilter().filterOpenAPI(doc);

        assertThat(doc.getComponents().getSchemas()).containsOnlyKeys("Edition", "Problem", "FieldError");
        Schema id =
                doc.getComponents().getSchemas().get("Edition").getProperties().get("id");
        assertThat(id.getRef()).isNull();
        assertThat(id.getFormat()).isEqualTo("uuid");
    }

    /** A document with a paged list that takes format (an exportable list) and one that does not. */
    private static OpenAPI lists() {
        Schema page = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .addProperty(
                        "items",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().ref("#/components/schemas/Edition")))
                .addProperty(
                        "totalItems",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.INTEGER))
                                .example(1));
        Operation exportable = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY))
                .addParameter(OASFactory.createParameter()
                        .name("format")
                        .in(Parameter.In.QUERY)
                        .schema(OASFactory.createSchema().ref("#/components/schemas/ListFormat")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("The editions", "#/components/schemas/EditionPage")));
        Operation paged = OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", json("The jobs", "#/components/schemas/EditionPage")));
        OpenAPI doc = document();
        doc.getComponents()
                .addSchema("EditionPage", page)
                .addSchema(
                        "ListFormat",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .enumeration(List.of("json", "csv", "ndjson")));
        doc.getPaths()
                .addPathItem("/api/v1/exportable", OASFactory.createPathItem().GET(exportable))
                .addPathItem("/api/v1/paged", OASFactory.createPathItem().GET(paged));
        return doc;
    }

    @Test
    void everyPageOfAListHasLinkAndExportableListsTheirCsvAndNdjsonAnswers() {
        OpenAPI doc = lists();
        new ApiDocumentFilter().filterOpenAPI(doc);
        new ApiDocumentFilter().filterOpenAPI(doc); // idempotent

        APIResponse exported = doc.getPaths()
                .getPathItem("/api/v1/exportable")
                .getGET()
                .getResponses()
                .getAPIResponse("200");
        assertThat(exported.getHeaders()).containsKeys("Link", "Content-Disposition", "X-Request-ID");
        assertThat(exported.getContent().getMediaTypes())
                .containsOnlyKeys("application/json", "text/csv", "application/x-ndjson");
        assertThat(exported.getContent().getMediaType("text/csv").getSchema().getType())
                .containsExactly(Schema.SchemaType.STRING);
        assertThat(exported.getContent().getMediaType("application/x-ndjson").getExample())
                .isEqualTo("{\"year\":2022,\"title\":\"第9回\"}\n");

        APIResponse paged = doc.getPaths()
                .getPathItem("/api/v1/paged")
                .getGET()
                .getResponses()
                .getAPIResponse("200");
        assertThat(paged.getHeaders()).containsKey("Link").doesNotContainKey("Content-Disposition");
        assertThat(paged.getContent().getMediaTypes()).containsOnlyKeys("application/json");

        APIResponse one = doc.getPaths()
                .getPathItem("/api/v1/editions/{id}")
                .getGET()
                .getResponses()
                .getAPIResponse("200");
        assertThat(one.getHeaders()).doesNotContainKey("Link");
        assertThat(doc.getComponents().getHeaders()).containsKeys("Link", "Content-Disposition");
    }

    @Test
    void aNullableValueHasOneFormScalarsByTypeReferencesByAnyOf() {
        OpenAPI doc = document();
        Schema edition = doc.getComponents().getSchemas().get("Edition");
        doc.getComponents()
                .addSchema(
                        "LocalDate",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.STRING))
                                .format("date"))
                .addSchema(
                        "Heading",
                        OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.OBJECT))
                                .addProperty(
                                        "number", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        Schema nullType = OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL));
        edition.addProperty(
                "ceremonyDate",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL))
                        .anyOf(List.of(OASFactory.createSchema().ref("#/components/schemas/LocalDate"), nullType)));
        edition.addProperty(
                "section",
                OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL))
                        .anyOf(List.of(OASFactory.createSchema().ref("#/components/schemas/Heading"), nullType)));
        new ApiDocumentFilter().filterOpenAPI(doc);
        new ApiDocumentFilter().filterOpenAPI(doc);

        Schema date = edition.getProperties().get("ceremonyDate");
        assertThat(date.getAnyOf()).isNull();
        assertThat(date.getType()).containsExactly(Schema.SchemaType.STRING, Schema.SchemaType.NULL);
        assertThat(date.getFormat()).isEqualTo("date");
        Schema section = edition.getProperties().get("section");
        assertThat(section.getType()).isNull();
        assertThat(section.getAnyOf()).hasSize(2);
        assertThat(section.getAnyOf().get(0).getRef()).isEqualTo("#/components/schemas/Heading");
        assertThat(section.getAnyOf().get(1).getType()).containsExactly(Schema.SchemaType.NULL);
    }
}
