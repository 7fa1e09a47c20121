package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@link ImageSummary} record and {@link ImageStatus#of}. */
class ImageSummaryTest {

    @Test
    void statusFollowsTheDoneFlagThenTheAnnotationCount() {
        assertThat(ImageStatus.of(false, 0)).isEqualTo(ImageStatus.UNLABELLED);
        assertThat(ImageStatus.of(false, 1)).isEqualTo(ImageStatus.IN_PROGRESS);
        assertThat(ImageStatus.of(true, 0)).isEqualTo(ImageStatus.DONE);
        assertThat(ImageStatus.of(true, 7)).isEqualTo(ImageStatus.DONE);
        assertThat(new ImageSummary(3, 2, false, true, false, new long[] {4}).status())
                .isEqualTo(ImageStatus.IN_PROGRESS);
        assertThatThrownBy(() -> ImageStatus.of(false, -1)).hasMessageContaining("negative annotation count -1");
    }

    @Test
    void categoryIdsAreCopiedAndComparedByContent() {
        long[] ids = {2, 5, 9};
        ImageSummary s = new ImageSummary(1, 4, true, true, true, ids);
        ids[0] = 100;
        assertThat(s.categoryIds()).containsExactly(2, 5, 9);
        s.categoryIds()[1] = 100;
        assertThat(s.categoryIds()).containsExactly(2, 5, 9);
        assertThat(s.hasCategory(5)).isTrue();
        assertThat(s.hasCategory(6)).isFalse();
        assertThat(s.categoryCount()).isEqualTo(3);
        ImageSummary same = new ImageSummary(1, 4, true, true, true, new long[] {2, 5, 9});
        assertThat(s).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(s).isNotEqualTo(new ImageSummary(1, 4, true, true, true, new long[] {2, 5, 8}));
        assertThat(s.toString()).contains("categoryIds=[2, 5, 9]");
    }

    @Test
    void inconsistentSummariesAreRefused() {
        assertThatThrownBy(() -> new ImageSummary(1, 2, false, true, false, new long[] {5, 3}))
                .hasMessage("image summary 1: categoryIds must be distinct and ascending, got [5, 3]");
        assertThatThrownBy(() -> new ImageSummary(1, 2, false, true, false, new long[] {3, 3}))
                .hasMessageContaining("distinct and ascending");
        assertThatThrownBy(() -> new ImageSummary(1, -1, false, false, false, new long[0]))
                .hasMessageContaining("negative annotation count");
        assertThatThrownBy(() -> new ImageSummary(1, 0, false, true, false, new long[0]))
                .hasMessageContaining("0 annotations do not fit");
        assertThatThrownBy(() -> new ImageSummary(1, 1, false, false, false, new long[] {1}))
                .hasMessageContaining("1 annotations do not fit");
        assertThatThrownBy(() -> new ImageSummary(1, 1, false, true, false, new long[] {1, 2}))
                .hasMessageContaining("do not fit");
        assertThatThrownBy(() -> new ImageSummary(1, 1, false, true, false, null))
                .hasMessageContaining("categoryIds is required");
    }

    @Test
    void groupConcatListsAreParsedSortedAndDeduplicated() {
        assertThat(SummaryQueries.ids(null)).isEmpty();
        assertThat(SummaryQueries.ids("")).isEmpty();
        assertThat(SummaryQueries.ids("12,3,7")).containsExactly(3, 7, 12);
        assertThat(SummaryQueries.ids("7,3,7,7,12,3")).containsExactly(3, 7, 12);
        assertThat(SummaryQueries.ids("4,4")).containsExactly(4);
        assertThat(SummaryQueries.ids("9000000000")).containsExactly(9_000_000_000L);
        assertThatThrownBy(() -> SummaryQueries.ids("1,x")).hasMessageContaining("1,x");
    }
}
