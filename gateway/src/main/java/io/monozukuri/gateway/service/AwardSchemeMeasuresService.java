package io.monozukuri.gateway.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.Measure;
import io.monozukuri.gateway.client.DownstreamClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The measures that mention an award scheme: the scheme from awards-service, its measures from measures-service. */
@ApplicationScoped
public class AwardSchemeMeasuresService {

    private final DownstreamClient downstream;

    public AwardSchemeMeasuresService(DownstreamClient downstream) {
        this.downstream = downstream;
    }

    public PageResponse<Measure> measuresMentioning(UUID schemeId, PageRequest page) {
        if (downstream.scheme(schemeId).isEmpty()) {
            throw ProblemException.notFound("No award scheme with id " + schemeId);
        }
        return downstream.measuresMentioning(schemeId, page.page(), page.size());
    }
}
