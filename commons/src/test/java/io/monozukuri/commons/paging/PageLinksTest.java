package io.monozukuri.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    private static PageResponse<String> page(int page, int size, long total) {
        return PageResponse.of(List.of(), new PageRequest(page, size), total);
    }

    @Test
    void aMiddlePageLinksToAllFourKeepingEveryOtherParameter() {
        // page moves to the end of the query; every other parameter keeps its place and its encoding
        URI request = URI.create("https://api.example.org/api/v1/measures?kind=ITEM&ministry=METI&ministry=MHLW"
                + "&q=%E9%87%8F%E5%AD%90&page=2&size=20");
        assertThat(PageLinks.header(request, page(2, 20, 295), Long.MAX_VALUE))
                .isEqualTo("<https://api.example.org/api/v1/measures?kind=ITEM&ministry=METI&ministry=MHLW"
                        + "&q=%E9%87%8F%E5%AD%90&size=20&page=0>; rel=\"first\", "
                        + "<https://api.example.org/api/v1/measures?kind=ITEM&ministry=METI&ministry=MHLW"
                        + "&q=%E9%87%8F%E5%AD%90&size=20&page=1>; rel=\"prev\", "
                        + "<https://api.example.org/api/v1/measures?kind=ITEM&ministry=METI&ministry=MHLW"
                        + "&q=%E9%87%8F%E5%AD%90&size=20&page=3>; rel=\"next\", "
                        + "<https://api.example.org/api/v1/measures?kind=ITEM&ministry=METI&ministry=MHLW"
                        + "&q=%E9%87%8F%E5%AD%90&size=20&page=14>; rel=\"last\"");
    }

    @Test
    void theFirstPageHasNoPrevAndTheLastNoNext() {
        URI request = URI.create("http://localhost:8080/api/v1/reports");
        assertThat(PageLinks.header(request, page(0, 20, 45), Long.MAX_VALUE))
                .isEqualTo("<http://localhost:8080/api/v1/reports?page=0>; rel=\"first\", "
                        + "<http://localhost:8080/api/v1/reports?page=1>; rel=\"next\", "
                        + "<http://localhost:8080/api/v1/reports?page=2>; rel=\"last\"");
        assertThat(PageLinks.header(URI.create("http://h/l?page=2"), page(2, 20, 45), Long.MAX_VALUE))
                .isEqualTo("<http://h/l?page=0>; rel=\"first\", <http://h/l?page=1>; rel=\"prev\", "
                        + "<http://h/l?page=2>; rel=\"last\"");
    }

    @Test
    void anEmptyListHasOnePageAndAPageBeyondTheEndPointsBackToTheLast() {
        assertThat(PageLinks.header(URI.create("http://h/l"), page(0, 20, 0), Long.MAX_VALUE))
                .isEqualTo("<http://h/l?page=0>; rel=\"first\", <http://h/l?page=0>; rel=\"last\"");
        assertThat(PageLinks.header(URI.create("http://h/l?page=9"), page(9, 20, 45), Long.MAX_VALUE))
                .isEqualTo("<http://h/l?page=0>; rel=\"first\", <http://h/l?page=2>; rel=\"prev\", "
                        + "<http://h/l?page=2>; rel=\"last\"");
    }

    @Test
    void aListThatPagesOnlyOverItsFirstItemsEndsThere() {
        assertThat(PageLinks.header(URI.create("http://h/s?q=a&size=100"), page(0, 100, 2000), 500))
                .endsWith("<http://h/s?q=a&size=100&page=4>; rel=\"last\"");
    }

    @Test
    void theShortcutGivesExactlyWhatUriBuilderGives() throws Exception {
        String[] requests = {
            "http://h/l",
            "http://h/l?",
            "https://api.example.org:8443/api/v1/measures?kind=ITEM&page=3&size=20",
            "http://h/l?page=1&page=2&size=5",
            "http://h/l?pages=1&apage=2&page",
            "http://h/l?page=&q=a%26b%3Dc&sort=-totalYen,code",
            "http://h/l?q=%E9%87%8F%E5%AD%90&ministry=METI&ministry=MHLW",
            "http://h/l?PAGE=2&Page=3",
            "http://h/l?a==b&c=%20d",
            "http://h/a%2Fb/c?x=1",
            "http://user@h:81/l?x=1",
            "http://h/l?x=1&&y=2",
            "http://h/l?x=1&",
        };
        for (String r : requests) {
            URI request = URI.create(r);
            for (PageResponse<String> p : List.of(page(0, 20, 0), page(1, 20, 45), page(5, 10, 1000))) {
                assertThat(PageLinks.header(request, p, Long.MAX_VALUE)).as(r).isEqualTo(reference(request, p));
            }
        }
        // a URI with characters outside ASCII (as a client may send them unencoded) takes UriBuilder's way
        URI unicode = new URI("http", "h", "/l", "q=量子&page=2", null);
        assertThat(PageLinks.base(unicode)).isNull();
        assertThat(PageLinks.header(unicode, page(1, 20, 45), Long.MAX_VALUE))
                .isEqualTo(reference(unicode, page(1, 20, 45)))
                .contains("q=%E9%87%8F%E5%AD%90");
    }

    /** The links as UriBuilder builds them, one by one (what PageLinks did before its shortcut). */
    private static String reference(URI request, PageResponse<?> page) {
        long lastPage = Math.max(0, (page.totalItems() + page.size() - 1) / page.size() - 1);
        java.util.List<String> links = new java.util.ArrayList<>();
        links.add(ref(request, 0, "first"));
        if (page.page() > 0) {
            links.add(ref(request, Math.min(page.page() - 1L, lastPage), "prev"));
        }
        if (page.page() < lastPage) {
            links.add(ref(request, page.page() + 1L, "next"));
        }
        links.add(ref(request, lastPage, "last"));
        return String.join(", ", links);
    }

    private static String ref(URI request, long page, String rel) {
        return "<"
                + jakarta.ws.rs.core.UriBuilder.fromUri(request)
                        .replaceQueryParam("page", page)
                        .build()
                        .toASCIIString() + ">; rel=\"" + rel + "\"";
    }
}
