package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caption edits keep grounded phrases on their words; phrase links change in place. */
class ReviseCaptionTest {

    @TempDir
    Path dir;

    @Test
    void shrinkingAndGrowingEditsMovePhrasesAndDropTouchedOnes() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            long cat = store.apply(new AddCategory(Category.named("thing"))).id();
            long a = store.apply(new AddAnnotation(Annotation.of(image, cat, new Box(0, 0, 5, 5)))).id();
            Caption c = store.apply(new AddCaption(new Caption(0, image, "a very big dog near a small cat", null)));
            GroundedPhrase dog = store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 2, 14, List.of(a))));
            GroundedPhrase cat1 = store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 20, 31, List.of(a))));

            store.apply(new ReviseCaption(new Caption(c.id(), image, "a big dog near a small cat", null)));
            // "very " removed inside "very big dog": that phrase goes, the cat moves 5 left
            assertThat(store.phrases(c.id())).containsExactly(new GroundedPhrase(cat1.id(), c.id(), 15, 26,
                    List.of(a)));
            assertThat(store.undoLabels()).first().isEqualTo("Edit caption");

            store.apply(new ReviseCaption(new Caption(c.id(), image, "Look: a big dog near a small cat", null)));
            GroundedPhrase moved = store.phrases(c.id()).get(0);
            assertThat(store.caption(c.id()).orElseThrow().text().substring(moved.start(), moved.end()))
                    .isEqualTo("a small cat");

            store.undo();
            store.undo();
            assertThat(store.phrases(c.id())).containsExactly(dog, cat1);
            assertThat(store.caption(c.id()).orElseThrow().text()).isEqualTo("a very big dog near a small cat");
        }
    }

    @Test
    void phrasesStillNameTheirWordsAfterRandomEdits() throws Exception {
        Random random = new Random(3);
        try (ProjectStore store = ProjectStore.create(dir)) {
            long image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            Caption c = store.apply(new AddCaption(new Caption(0, image, "one two three four five six", null)));
            for (int s = 0; s + 3 <= c.text().length(); s += 4) {
                store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), s, s + 3, List.of())));
            }
            for (int n = 0; n < 40; n++) {
                Caption now = store.caption(c.id()).orElseThrow();
                List<String> before = words(now, store.phrases(c.id()));
                String text = now.text();
                int at = random.nextInt(text.length() + 1);
                int cut = random.nextInt(Math.min(4, text.length() - at) + 1);
                String edited = text.substring(0, at) + "xy ".substring(random.nextInt(3)) + text.substring(at + cut);
                store.apply(new ReviseCaption(new Caption(c.id(), image, edited, null)));
                List<String> after = words(store.caption(c.id()).orElseThrow(), store.phrases(c.id()));
                assertThat(before).containsAll(after);
            }
        }
    }

    @Test
    void updatePhraseRefusesAnotherCaptionAndSpansPastTheText() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            ImageRecord img = store.apply(new AddImages(Projects.images(1))).get(0);
            Caption c = store.apply(new AddCaption(new Caption(0, img.id(), "a cat", null)));
            Caption other = store.apply(new AddCaption(new Caption(0, img.id(), "a dog", null)));
            GroundedPhrase p = store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 2, 5, List.of())));
            assertThatThrownBy(() -> store.apply(new UpdatePhrase(new GroundedPhrase(p.id(), other.id(), 2, 5,
                    List.of())))).isInstanceOf(StoreException.class).hasMessageContaining("cannot move");
            assertThatThrownBy(() -> store.apply(new UpdatePhrase(new GroundedPhrase(p.id(), c.id(), 2, 9,
                    List.of())))).isInstanceOf(StoreException.class).hasMessageContaining("runs past");
            assertThat(store.phrases(c.id())).containsExactly(p);
        }
    }

    private static List<String> words(Caption c, List<GroundedPhrase> phrases) {
        return phrases.stream().map(p -> p.id() + ":" + c.text().substring(p.start(), p.end())).toList();
    }
}
