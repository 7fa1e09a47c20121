package dev.promptcanvas.annotations.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

    private static List<String> phrases(String text) {
        return NounPhrases.find(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void keepsAColourTailWithItsNoun() {
        assertThat(phrases("the man in red")).containsExactly("the man in red");
        assertThat(NounPhrases.find("the man in red")).containsExactly(new NounPhrases.Phrase(0, 14, 11));
    }

    @Test
    void determinerAdjectiveNoun() {
        assertThat(phrases("a red cup")).containsExactly("a red cup");
        assertThat(NounPhrases.find("a red cup").get(0).headStart()).isEqualTo(6);
    }

    @Test
    void splitsAtVerbsAndDeterminedPrepositionalPhrases() {
        assertThat(phrases("A man in a blue shirt is holding a red cup."))
                .containsExactly("A man", "a blue shirt", "a red cup");
        assertThat(phrases("Two dogs play on the grass near 3 wooden benches"))
                .containsExactly("Two dogs", "the grass", "3 wooden benches");
    }

    @Test
    void compoundsPossessivesAndTails() {
        assertThat(phrases("the man's tennis racket")).containsExactly("the man's tennis racket");
        assertThat(phrases("a cup of coffee and a girl with long hair"))
                .containsExactly("a cup of coffee", "a girl with long hair");
    }

    @Test
    void participlesAreAdjectivesOnlyAfterAModifier() {
        assertThat(phrases("a smiling woman sitting on a parked car"))
                .containsExactly("a smiling woman", "a parked car");
        assertThat(phrases("the building behind the trees")).containsExactly("the building", "the trees");
    }

    @Test
    void punctuationEndsAPhrase() {
        assertThat(phrases("a dog, cat")).containsExactly("a dog", "cat");
        assertThat(phrases("the man in: red")).containsExactly("the man");
    }

    @Test
    void nothingToFindInFunctionWords() {
        assertThat(NounPhrases.find("")).isEmpty();
        assertThat(NounPhrases.find("it is very big, and they are there.")).isEmpty();
        assertThat(NounPhrases.find("… !!")).isEmpty();
    }

    @Test
    void knownLimitVerbsOutsideTheListReadAsNouns() {
        assertThat(phrases("a dog barks")).containsExactly("a dog barks");
    }

    @Test
    void phrasesAreOrderedDisjointAndCoverWords() {
        Random random = new Random(42);
        String[] vocabulary = {"a", "the", "red", "big", "man", "cup", "in", "of", "with", "is", "holding", ",",
                "dog", "two", "parked", "car", "and", ".", "on"};
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? " " : "  ");
            }
            String s = text.toString();
            int last = 0;
            for (NounPhrases.Phrase p : NounPhrases.find(s)) {
                assertThat(p.start()).isGreaterThanOrEqualTo(last);
                assertThat(p.headStart()).isBetween(p.start(), p.end() - 1);
                assertThat(Character.isLetterOrDigit(s.charAt(p.start()))).isTrue();
                assertThat(Character.isLetterOrDigit(s.charAt(p.end() - 1))).isTrue();
                last = p.end();
            }
        }
    }
}
