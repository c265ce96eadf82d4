package io.monozukuri.commons.paging;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
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
        String base = base(request);
        StringBuilder links = new StringBuilder(base == null ? 256 : 4 * (base.length() + 24));
        link(links, request, base, 0, "first");
        if (page.page() > 0) {
            link(links.append(", "), request, base, Math.min(page.page() - 1L, lastPage), "prev");
        }
        if (page.page() < lastPage) {
            link(links.append(", "), request, base, page.page() + 1L, "next");
        }
        link(links.append(", "), request, base, lastPage, "last");
        return links.toString();
    }

    private static void link(StringBuilder links, URI request, String base, long page, String rel) {
        String target = base != null
                ? base + "page=" + page
                : UriBuilder.fromUri(request)
                        .replaceQueryParam("page", page)
                        .build()
                        .toASCIIString();
        links.append('<').append(target).append(">; rel=\"").append(rel).append('"');
    }

    /**
     * The request URI without its {@code page} parameters, ending with {@code ?} or {@code &} so that {@code page=N}
     * completes it: what {@code UriBuilder.replaceQueryParam("page", N)} gives, built once per list instead of four
     * times. Null for a URI this shortcut does not cover (not plain ASCII, empty query parts, no scheme or authority):
     * then {@link UriBuilder} builds each link.
     */
    static String base(URI request) {
        String scheme = request.getScheme();
        String authority = request.getRawAuthority();
        String path = request.getRawPath();
        String query = request.getRawQuery();
        if (scheme == null || authority == null || request.getRawFragment() != null) {
            return null;
        }
        StringBuilder base = new StringBuilder(request.toString().length() + 8);
        base.append(scheme)
                .append("://")
                .append(authority)
                .append(path == null ? "" : path)
                .append('?');
        if (query != null && !query.isEmpty()) {
            int start = 0;
            while (start <= query.length()) {
                int end = query.indexOf('&', start);
                if (end < 0) {
                    end = query.length();
                }
                if (end == start) {
                    return null;
                }
                int eq = query.indexOf('=', start);
                int nameEnd = eq >= 0 && eq < end ? eq : end;
                if (!query.regionMatches(start, "page", 0, 4) || nameEnd != start + 4) {
                    base.append(query, start, end).append('&');
                }
                start = end + 1;
            }
        }
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (c > 126 || c < 33) {
                return null;
            }
        }
        return base.toString();
    }
}
