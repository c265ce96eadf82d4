package io.monozukuri.commons.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * RFC 8288 {@code Link} headers on every page of a list, beside the envelope: {@code first}, {@code prev} (unless on
 * the first page), {@code next} (unless on the last) and {@code last}, each the request's own URI with only
 * {@code page} changed, so that every filter, the sort and the size carry over.
 *
 * <p>The links are absolute and name the public address: the request URI as the server sees it, which Quarkus builds
 * from the {@code Host} header, or from {@code X-Forwarded-Host}/{@code -Proto} where the service trusts them
 * ({@code quarkus.http.proxy.*}: the services do, the gateway only behind a load balancer). Through the gateway both
 * name the gateway (it keeps the client's {@code Host} and sets {@code X-Forwarded-*}), so no rewriting is needed.
 */
public class PageLinks {

    /** A request property: the most items a list lets a client page to (e.g. a search ranked over its first 500). */
    public static final String REACHABLE_ITEMS = "io.monozukuri.paging.reachable-items";

    @ServerResponseFilter
    public void link(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof PageResponse<?> page)) {
            return;
        }
        Object reachable = request.getProperty(REACHABLE_ITEMS);
        String header = header(
                request.getUriInfo().getRequestUri(),
                page,
                reachable instanceof Number n ? n.longValue() : Long.MAX_VALUE);
        if (header != null) {
            response.getHeaders().add("Link", header);
        }
    }

    /** The value of the Link header of one page, or null when the page size is unknown. */
    static String header(URI request, PageResponse<?> page, long reachableItems) {
        if (page.size() <= 0) {
            return null;
        }
        long items = Math.min(page.totalItems(), reachableItems);
        long lastPage = Math.max(0, (items + page.size() - 1) / page.size() - 1);
        List<String> links = new ArrayList<>(4);
        links.add(link(request, 0, "first"));
        if (page.page() > 0) {
            links.add(link(request, Math.min(page.page() - 1L, lastPage), "prev"));
        }
        if (page.page() < lastPage) {
            links.add(link(request, page.page() + 1L, "next"));
        }
        links.add(link(request, lastPage, "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, long page, String rel) {
        URI target = UriBuilder.fromUri(request).replaceQueryParam("page", page).build();
        return "<" + target.toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
