package io.monozukuri.gateway.service;

import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.contracts.AwardScheme;
import io.monozukuri.contracts.Measure;
import io.monozukuri.gateway.client.DownstreamClient;
import io.monozukuri.gateway.client.Fetched;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Searches measures and award schemes together. Each service ranks its own hits (measures-service by
 * full-text relevance); the two lists are merged by reciprocal rank fusion: a hit at 1-based rank {@code r}
 * in its list scores {@code 1 / (60 + r)}, so the lists are interleaved rank by rank whatever scale the
 * services' own scores use. At equal rank an award scheme comes first: there are few of them and a scheme
 * that matches is usually what was looked for. To build page {@code p} the gateway takes the first
 * {@code (p + 1) × size} hits of each service, so a search can be paged through its first 500 hits.
 */
@ApplicationScoped
public class SearchService {

    /** How deep a search can be paged: the largest page a service gives. */
    public static final int WINDOW = PageRequest.MAX_SIZE;

    private static final int RRF_K = 60;

    private final DownstreamClient downstream;
    private final ComposedCache cache;

    public SearchService(DownstreamClient downstream, ComposedCache cache) {
        this.downstream = downstream;
        this.cache = cache;
    }

    /** What a search answer depends on besides the services' data. */
    private record Key(String q, int page, int size) {}

    /**
     * A page of the search, with an ETag made from the ETags of both services' answers: while both answer {@code 304}
     * to the ETags of the kept page, the kept page is the answer.
     */
    public ComposedCache.Composed<PageResponse<SearchHit>> search(String q, PageRequest request) {
        long window = (long) (request.page() + 1) * request.size();
        if (window > WINDOW) {
            throw ProblemException.badRequest(
                    "page", "page × size may not go past the first " + WINDOW + " hits of a search");
        }
        Key key = new Key(q, request.page(), request.size());
        List<String> kept = cache.partsOf(key);
        Fetched<PageResponse<Measure>> measures =
                downstream.searchMeasures(q, 0, (int) window, kept == null ? null : kept.get(0));
        Fetched<PageResponse<AwardScheme>> schemes =
                downstream.searchSchemes(q, 0, (int) window, kept == null ? null : kept.get(1));
        if (measures.notModified() && schemes.notModified()) {
            ComposedCache.Composed<PageResponse<SearchHit>> current = cache.kept(key);
            if (current != null) {
                return current;
            }
        }
        // one side changed (or the kept page went meanwhile): the other side's answer is needed in full
        if (measures.notModified()) {
            measures = downstream.searchMeasures(q, 0, (int) window, null);
        }
        if (schemes.notModified()) {
            schemes = downstream.searchSchemes(q, 0, (int) window, null);
        }
        return cache.keep(
                key, Arrays.asList(measures.etag(), schemes.etag()), merge(measures.body(), schemes.body(), request));
    }

    private static PageResponse<SearchHit> merge(
            PageResponse<Measure> measureHits, PageResponse<AwardScheme> schemeHits, PageRequest request) {
        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (Measure m : measureHits.items()) {
            rank++;
            candidates.add(new Candidate(SearchHit.Type.MEASURE, m, null, rank));
        }
        rank = 0;
        for (AwardScheme s : schemeHits.items()) {
            rank++;
            candidates.add(new Candidate(SearchHit.Type.AWARD_SCHEME, null, s, rank));
        }
        candidates.sort(Comparator.comparingInt(Candidate::rank)
                .thenComparing(c -> c.type() == SearchHit.Type.AWARD_SCHEME ? 0 : 1));

        List<SearchHit> page = new ArrayList<>();
        int from = request.page() * request.size();
        for (int i = from; i < Math.min(candidates.size(), from + request.size()); i++) {
            page.add(toHit(candidates.get(i), i + 1));
        }
        long total = measureHits.totalItems() + schemeHits.totalItems();
        return PageResponse.of(page, request, total);
    }

    private static SearchHit toHit(Candidate c, int position) {
        double score = Math.round(1_000_000.0 / (RRF_K + c.rank())) / 1_000_000.0;
        if (c.measure() != null) {
            Measure m = c.measure();
            return new SearchHit(
                    c.type(),
                    m.id().toString(),
                    m.title(),
                    m.snippet() != null ? m.snippet() : shorten(m.description()),
                    m.code(),
                    m.fiscalYear(),
                    position,
                    score,
                    "/api/v1/measures/" + m.id());
        }
        AwardScheme s = c.scheme();
        return new SearchHit(
                c.type(),
                s.id().toString(),
                s.name(),
                shorten(s.summary()),
                null,
                s.source() == null ? null : s.source().fiscalYear(),
                position,
                score,
                "/api/v1/award-schemes/" + s.id());
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= 120) {
            return text;
        }
        return text.substring(0, 119) + "…";
    }

    private record Candidate(SearchHit.Type type, Measure measure, AwardScheme scheme, int rank) {}
}
