package io.monozukuri.gateway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.gateway.client.AwardsClient;
import io.monozukuri.gateway.client.MeasuresClient;
import jakarta.enterprise.context.ApplicationScoped;

/** The measures that mention an award scheme: the scheme from awards-service, its measures from measures-service. */
@ApplicationScoped
public class AwardSchemeMeasuresService {

    private final AwardsClient awards;
    private final MeasuresClient measures;

    public AwardSchemeMeasuresService(AwardsClient awards, MeasuresClient measures) {
        this.awards = awards;
        this.measures = measures;
    }

    public PageResponse<ObjectNode> measuresMentioning(String schemeId, PageRequest page) {
        if (awards.get(schemeId).isEmpty()) {
            throw ProblemException.notFound("No award scheme with id " + schemeId);
        }
        return measures.mentioning(schemeId, page.page(), page.size());
    }
}
