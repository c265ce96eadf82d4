package io.monozukuri.commons.paging;

import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.validation.ParamTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void wrongTypesAndOverflowAreRefusedTogetherInsteadOfFallingBack() {
        PageRequest page = new PageRequest();
        page.page = "2147483648";
        page.size = "abc";
        assertThat(ParamTest.problemsOf(page))
                .containsExactly(
                        Map.entry("page", "must be a whole number between 0 and 1000000"),
                        Map.entry("size", "must be a whole number between 1 and 500"));
    }

    @Test
    void defaultsAndOffsets() {
        assertThat(new PageRequest().page()).isZero();
        assertThat(new PageRequest().size()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThat(new PageRequest(3, 50).offset()).isEqualTo(150);
        PageRequest blank = new PageRequest();
        blank.size = " ";
        assertThat(ParamTest.problemsOf(blank)).isEmpty();
        assertThat(blank.size()).isEqualTo(20);
    }
}
