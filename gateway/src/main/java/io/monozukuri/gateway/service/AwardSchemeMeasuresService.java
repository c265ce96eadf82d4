package io.monozukuri.gateway.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.Measure;
import io.monozukuri.gateway.client.DownstreamClient;
import io.monozukuri.gateway.client.Fetched;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The measures that mention an award scheme: the scheme from awards-service, its measures from measures-service. */
@ApplicationScoped
public class AwardSchemeMeasuresService {

    private final DownstreamClient downstream;
    private final ComposedCache cache;

    public AwardSchemeMeasuresService(DownstreamClient downstream, ComposedCache cache) {
        this.downstream = downstream;
        this.cache = cache;
    }

    /** What the view depends on besides the services' data. */
    private record Key(UUID scheme, int page, int size) {}

    /**
     * A page of the measures that mention a scheme, with an ETag made from the ETags of the scheme (awards-service) and
     * of the page (measures-service): while both answer {@code 304} to the kept ones, the kept page is the answer.
     */
    public ComposedCache.Composed<PageResponse<Measure>> measuresMentioning(UUID schemeId, PageRequest page) {
        Key key = new Key(schemeId, page.page(), page.size());
        List<String> kept = cache.partsOf(key);
        Fetched<AwardScheme> scheme = downstream.scheme(schemeId, kept == null ? null : kept.get(0));
        if (!scheme.notModified() && scheme.body() == null) {
            throw ProblemException.notFound("No award scheme with id " + schemeId);
        }
        Fetched<PageResponse<Measure>> measures =
                downstream.measuresMentioning(schemeId, page.page(), page.size(), kept == null ? null : kept.get(1));
        if (measures.notModified()) {
            ComposedCache.Composed<PageResponse<Measure>> current = cache.kept(key);
            if (current != null && scheme.notModified()) {
                return current;
            }
            measures = downstream.measuresMentioning(schemeId, page.page(), page.size(), null);
        }
        return cache.keep(key, Arrays.asList(scheme.etag(), measures.etag()), measures.body());
    }
}
