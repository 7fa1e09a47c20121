package dev.promptcanvas.annotations.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small rule-based noun-phrase chunker for English captions, to point at phrases nobody has grounded yet.
 *
 * <p>A phrase is: determiners or numbers, then adjectives, then one or more nouns ("a red cup", "two tennis
 * rackets", "the man's hat"). A prepositional tail without a determiner is kept with it when it starts with
 * {@code in}, {@code of} or {@code with} ("the man in red", "a cup of coffee", "a girl with long hair"); with a
 * determiner it is a phrase of its own ("a man" and "a blue shirt" in "a man in a blue shirt"), as Flickr30k
 * Entities marks them. Punctuation ends a phrase.
 *
 * <p>Limits: no part-of-speech model. A word is a noun unless a built-in list calls it a determiner, pronoun,
 * preposition, conjunction, adverb or verb, or its ending marks it ({@code -ly} adverbs; {@code -ing}/{@code -ed}
 * words count as adjectives only right after a determiner or adjective, else as verbs). So verbs missing from the
 * list read as nouns ("a dog barks" is one phrase), adjectives missing from the list and suffixes read as nouns (a
 * compound: harmless), and words used as both ("her", "left", "light") take one fixed reading. English only.
 */
public final class NounPhrases {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private static final Set<String> DETERMINERS = words("a", "an", "the", "this", "that", "these", "those", "my",
            "your", "his", "her", "its", "our", "their", "some", "any", "each", "every", "another", "both", "all",
            "several", "many", "few", "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "twenty", "other", "such", "what", "which", "whose");

    private static final Set<String> STOPWORDS = words(
            // pronouns and wh-words
            "i", "me", "you", "he", "him", "she", "it", "we", "us", "they", "them", "who", "whom", "there", "here",
            "something", "someone", "somebody", "anyone", "everyone", "nobody", "nothing", "itself", "himself",
            "herself", "themselves", "where", "when", "why", "how",
            // prepositions
            "in", "on", "at", "of", "with", "without", "by", "for", "from", "to", "into", "onto", "over", "under",
            "above", "below", "behind", "beside", "besides", "between", "among", "near", "next", "across", "along",
            "around", "through", "toward", "towards", "against", "about", "after", "before", "during", "inside",
            "outside", "beneath", "upon", "within", "off", "out", "up", "down", "like", "via", "than",
            // conjunctions
            "and", "or", "but", "nor", "so", "yet", "while", "as", "because", "if", "though", "although", "whereas",
            // adverbs
            "not", "very", "also", "just", "too", "together", "away", "back", "still", "then", "now", "only",
            "almost", "even", "again", "really", "quite", "rather", "here", "there", "where", "somewhat",
            // auxiliaries and common caption verbs
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
            "can", "could", "will", "would", "may", "might", "shall", "should", "must", "seems", "seem", "appears",
            "appear", "looks", "look", "sits", "sit", "sat", "stands", "stand", "stood", "holds", "hold", "held",
            "wears", "wear", "wore", "walks", "walk", "runs", "run", "ran", "rides", "ride", "rode", "plays", "play",
            "eats", "eat", "ate", "drinks", "drink", "jumps", "jump", "lies", "lie", "lay", "lays", "smiles",
            "smile", "waits", "wait", "talks", "talk", "reads", "read", "watches", "watch", "carries", "carry",
            "throws", "throw", "catches", "catch", "uses", "use", "shows", "show", "points", "point", "pulls",
            "pull", "pushes", "push", "takes", "take", "gives", "give", "makes", "make", "gets", "get", "goes", "go",
            "comes", "come", "contains", "contain", "covers", "cover", "faces", "leans", "lean", "rests", "hangs",
            "hang", "flies", "fly", "swims", "swim", "climbs", "climb", "kicks", "kick", "hits", "hit", "cuts",
            "cut", "poses", "pose", "stares", "looked", "seen", "made", "taken", "done", "gone");

    private static final Set<String> ADJECTIVES = words(
            "red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray", "grey",
            "silver", "golden", "gold", "dark", "light", "bright", "pale", "colorful", "colourful", "big", "small",
            "large", "little", "tiny", "huge", "tall", "short", "long", "wide", "narrow", "thin", "fat", "thick",
            "old", "young", "new", "left", "right", "top", "bottom", "front", "middle", "center", "centre", "upper",
            "lower", "first", "second", "third", "last", "wooden", "metal", "plastic", "leather", "striped",
            "empty", "full", "open", "closed", "happy", "sad", "pretty", "cute", "beautiful", "other", "same",
            "different", "many", "several", "few", "single", "double", "half", "whole", "wet", "dry", "hot", "cold",
            "clean", "dirty", "round", "square", "flat", "blond", "blonde", "curly", "straight", "bald", "nearest",
            "farthest", "leftmost", "rightmost", "closest", "smallest", "largest", "biggest", "tallest", "shortest",
            "elderly", "male", "female", "adult", "baby", "main", "only", "far", "near", "distant", "busy", "fresh");

    private static final Set<String> COLOURS = words("red", "orange", "yellow", "green", "blue", "purple", "pink",
            "brown", "black", "white", "gray", "grey", "silver", "gold", "golden", "beige", "navy", "dark", "light");

    private static final Set<String> ATTACHING = words("in", "of", "with");

    private NounPhrases() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    /** A noun phrase: {@code text.substring(start, end)}, whose last noun (its head) is {@code [headStart, end)}. */
    public record Phrase(int start, int end, int headStart) {

        public TextChange.Span span() {
            return new TextChange.Span(start, end);
        }
    }

    private enum Kind { DETERMINER, ADJECTIVE, NOUN, PARTICIPLE, STOP }

    private record Token(int start, int end, String word, Kind kind) {
    }

    /** The noun phrases of a text, left to right, not overlapping. */
    public static List<Phrase> find(String text) {
        List<Token> tokens = tokenize(text);
        List<Phrase> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int[] base = basePhrase(text, tokens, i, true);
            if (base == null) {
                i++;
                continue;
            }
            int end = base[0];
            int headStart = base[1];
            int next = base[2];
            while (next + 1 < tokens.size() && ATTACHING.contains(tokens.get(next).word())
                    && joined(text, tokens, next)) {
                int[] tail = basePhrase(text, tokens, next + 1, false);
                if (tail == null) {
                    break;
                }
                end = tail[0];
                headStart = tail[1];
                next = tail[2];
            }
            out.add(new Phrase(tokens.get(i).start(), end, headStart));
            i = next;
        }
        return out;
    }

    /**
     * The phrase starting at token {@code from}: {end offset, head start offset, next token index}, or null. A tail
     * (after in/of/with) may not start with a determiner and may be a lone colour ("in red").
     */
    private static int[] basePhrase(String text, List<Token> tokens, int from, boolean allowDeterminer) {
        int i = from;
        boolean modifiers = false;
        if (allowDeterminer) {
            while (i < tokens.size() && tokens.get(i).kind() == Kind.DETERMINER && (i == from || joined(text,
                    tokens, i - 1))) {
                i++;
                modifiers = true;
            }
        } else if (tokens.get(i).kind() == Kind.DETERMINER) {
            return null;
        }
        int lastAdjective = -1;
        while (i < tokens.size() && (i == from || joined(text, tokens, i - 1))) {
            Kind k = tokens.get(i).kind();
            if (k == Kind.ADJECTIVE || (k == Kind.PARTICIPLE && (modifiers || i > from))) {
                lastAdjective = i;
                modifiers = true;
                i++;
            } else {
                break;
            }
        }
        int firstNoun = i;
        while (i < tokens.size() && tokens.get(i).kind() == Kind.NOUN && (i == from || joined(text, tokens, i - 1))) {
            i++;
        }
        if (i > firstNoun) {
            Token head = tokens.get(i - 1);
            return new int[] {head.end(), head.start(), i};
        }
        if (allowDeterminer && lastAdjective == i - 1 && lastAdjective > from
                && tokens.get(lastAdjective).kind() == Kind.PARTICIPLE) {
            Token head = tokens.get(lastAdjective);
            return new int[] {head.end(), head.start(), i};
        }
        if (!allowDeterminer && lastAdjective == i - 1 && lastAdjective >= from
                && COLOURS.contains(tokens.get(lastAdjective).word())) {
            Token head = tokens.get(lastAdjective);
            return new int[] {head.end(), head.start(), i};
        }
        return null;
    }

    /** Whether token {@code i} and token {@code i + 1} are separated by white space only. */
    private static boolean joined(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            out.add(new Token(m.start(), m.end(), word, kindOf(word)));
        }
        return out;
    }

    private static Kind kindOf(String word) {
        if (DETERMINERS.contains(word) || word.chars().allMatch(Character::isDigit)) {
            return Kind.DETERMINER;
        }
        if (STOPWORDS.contains(word)) {
            return Kind.STOP;
        }
        if (ADJECTIVES.contains(word) || COLOURS.contains(word)) {
            return Kind.ADJECTIVE;
        }
        if (word.length() > 4 && word.endsWith("ly")) {
            return Kind.STOP;
        }
        if ((word.length() > 4 && word.endsWith("ing")) || (word.length() > 3 && word.endsWith("ed"))) {
            return Kind.PARTICIPLE;
        }
        if (word.length() > 5 && (word.endsWith("ful") || word.endsWith("ous") || word.endsWith("ive")
                || word.endsWith("less") || word.endsWith("ish"))) {
            return Kind.ADJECTIVE;
        }
        return Kind.NOUN;
    }
}
