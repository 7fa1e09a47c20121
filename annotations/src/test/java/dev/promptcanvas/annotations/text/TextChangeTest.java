package dev.promptcanvas.annotations.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextChangeTest {

    @Test
    void findsTheChangedRegion() {
        assertThat(TextChange.between("a red car", "a blue car")).isEqualTo(new TextChange(2, 5, 6));
        assertThat(TextChange.between("a car", "a car")).matches(TextChange::isNone);
        assertThat(TextChange.between("a car", "a big car")).isEqualTo(new TextChange(2, 2, 6));
        assertThat(TextChange.between("", "x")).isEqualTo(new TextChange(0, 0, 1));
    }

    @Test
    void spansBeforeStayAfterShiftTouchedDrop() {
        // "a red car with a wheel" -> "a blue car with a wheel": "red" [2,5) replaced by "blue" [2,6)
        TextChange c = TextChange.between("a red car with a wheel", "a blue car with a wheel");
        assertThat(c.shift(0, 1)).contains(new TextChange.Span(0, 1));
        assertThat(c.shift(6, 9)).contains(new TextChange.Span(7, 10));
        assertThat(c.shift(2, 9)).isEmpty();
        assertThat(c.shift(4, 6)).isEmpty();
    }

    @Test
    void insertionAtABoundaryKeepsTheSpanInsideDropsIt() {
        TextChange atEnd = TextChange.between("a cup", "a cup!");
        assertThat(atEnd.shift(2, 5)).contains(new TextChange.Span(2, 5));
        TextChange atStart = TextChange.between("cup", "a cup");
        assertThat(atStart.shift(0, 3)).contains(new TextChange.Span(2, 5));
        TextChange inside = TextChange.between("redcup", "red cup");
        assertThat(inside.shift(0, 6)).isEmpty();
    }

    @Test
    void returnedSpansKeepTheirText() {
        Random random = new Random(7);
        String alphabet = "ab c";
        for (int n = 0; n < 2000; n++) {
            String before = randomText(random, alphabet, 12);
            StringBuilder edited = new StringBuilder(before);
            int at = random.nextInt(before.length() + 1);
            int cut = random.nextInt(before.length() - at + 1);
            edited.replace(at, at + cut, randomText(random, alphabet, 4));
            String after = edited.toString();
            TextChange change = TextChange.between(before, after);
            assertThat(before.substring(0, change.start())).isEqualTo(after.substring(0, change.start()));
            assertThat(before.substring(change.oldEnd())).isEqualTo(after.substring(change.newEnd()));
            int s = random.nextInt(before.length() + 1);
            int e = s + random.nextInt(before.length() - s + 1);
            Optional<TextChange.Span> shifted = change.shift(s, e);
            shifted.ifPresent(span -> assertThat(after.substring(span.start(), span.end()))
                    .isEqualTo(before.substring(s, e)));
            if (e <= at) {
                assertThat(shifted).as("%s -> %s [%d,%d)", before, after, s, e).isPresent();
            }
        }
    }

    private static String randomText(Random random, String alphabet, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
