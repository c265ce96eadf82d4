package io.monozukuri.measures.rest;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.measures.api.Ministry;
import io.monozukuri.measures.api.Pages;
import io.monozukuri.measures.service.MinistryService;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ministries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ministries", description = "The ministries named by the measures")
public class MinistryResource {

    private final MinistryService ministries;

    public MinistryResource(MinistryService ministries) {
        this.ministries = ministries;
    }

    @GET
    @Operation(
            operationId = "listMinistries",
            summary = "The ministry registry: code, names, printed short forms and measure count, most used first",
            description =
                    "Every ministry named by a measure: registry code, names, every short form printed for it and how many measures name it.")
    @APIResponse(
            responseCode = "200",
            description = "The ministries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Pages.MinistryPage.class)))
    public PageResponse<Ministry> list(@BeanParam @Valid PageRequest page) {
        return ministries.list(page);
    }
}
