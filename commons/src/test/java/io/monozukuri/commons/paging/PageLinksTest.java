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
}
