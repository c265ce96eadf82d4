package io.monozukuri.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.commons.paging.PageRequest;
import io.monozukuri.commons.paging.PageResponse;
import io.monozukuri.commons.problem.ProblemException;
import io.monozukuri.gateway.client.AwardsClient;
import io.monozukuri.gateway.client.MeasuresClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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

    private final MeasuresClient measures;
    private final AwardsClient awards;

    public SearchService(MeasuresClient measures, AwardsClient awards) {
        this.measures = measures;
        this.awards = awards;
    }

    public PageResponse<SearchHit> search(String q, PageRequest request) {
        long window = (long) (request.page() + 1) * request.size();
        if (window > WINDOW) {
            throw ProblemException.badRequest(
                    "page", "page × size may not go past the first " + WINDOW + " hits of a search");
        }
        PageResponse<ObjectNode> measureHits = measures.search(q, 0, (int) window);
        PageResponse<ObjectNode> schemeHits = awards.search(q, 0, (int) window);

        List<Candidate> candidates = new ArrayList<>();
        int rank = 0;
        for (ObjectNode m : measureHits.items()) {
            rank++;
            candidates.add(new Candidate(SearchHit.Type.MEASURE, m, rank));
        }
        rank = 0;
        for (ObjectNode s : schemeHits.items()) {
            rank++;
            candidates.add(new Candidate(SearchHit.Type.AWARD_SCHEME, s, rank));
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
        ObjectNode node = c.node();
        String id = text(node, "id");
        double score = Math.round(1_000_000.0 / (RRF_K + c.rank())) / 1_000_000.0;
        if (c.type() == SearchHit.Type.MEASURE) {
            String snippet = text(node, "snippet");
            return new SearchHit(
                    c.type(),
                    id,
                    text(node, "title"),
                    snippet != null ? snippet : shorten(text(node, "description")),
                    text(node, "code"),
                    node.hasNonNull("fiscalYear") ? node.get("fiscalYear").asInt() : null,
                    position,
                    score,
                    "/api/v1/measures/" + id);
        }
        JsonNode source = node.path("source");
        return new SearchHit(
                c.type(),
                id,
                text(node, "name"),
                shorten(text(node, "summary")),
                null,
                source.hasNonNull("fiscalYear") ? source.get("fiscalYear").asInt() : null,
                position,
                score,
                "/api/v1/award-schemes/" + id);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= 120) {
            return text;
        }
        return text.substring(0, 119) + "…";
    }

    private record Candidate(SearchHit.Type type, ObjectNode node, int rank) {}
}
