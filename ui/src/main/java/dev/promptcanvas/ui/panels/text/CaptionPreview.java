package dev.promptcanvas.ui.panels.text;

import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.text.NounPhrases;
import dev.promptcanvas.annotations.text.TextChange;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A caption as styled text: grounded phrases on a background of their region's colour (click one to select it),
 * noun phrases nobody linked yet underlined in orange (click one to select its words for linking).
 */
final class CaptionPreview extends TextFlow {

    static final String UNLINKED_COLOR = "#e67e22";

    private Consumer<GroundedPhrase> onPhrase = p -> { };
    private Consumer<TextChange.Span> onNounPhrase = s -> { };
    private List<TextChange.Span> unlinked = List.of();

    CaptionPreview() {
        getStyleClass().add("caption-preview");
        setLineSpacing(4);
    }

    void setOnPhrase(Consumer<GroundedPhrase> action) {
        this.onPhrase = action;
    }

    void setOnNounPhrase(Consumer<TextChange.Span> action) {
        this.onNounPhrase = action;
    }

    /** The spotted noun phrases no grounded phrase overlaps, as last shown. */
    List<TextChange.Span> unlinked() {
        return unlinked;
    }

    /** Shows {@code text} with {@code phrases} (spans of this text) coloured by {@code colorOf}. */
    void show(String text, List<GroundedPhrase> phrases, Function<GroundedPhrase, Color> colorOf, long selectedId) {
        unlinked = unlinkedNounPhrases(text, phrases);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (GroundedPhrase p : phrases) {
            cuts.add(p.start());
            cuts.add(p.end());
        }
        for (TextChange.Span s : unlinked) {
            cuts.add(s.start());
            cuts.add(s.end());
        }
        List<Node> nodes = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = text.substring(from, to);
            GroundedPhrase phrase = innermost(phrases, from, to);
            TextChange.Span noun = covering(unlinked, from, to);
            if (phrase != null) {
                nodes.add(phraseNode(piece, phrase, colorOf.apply(phrase), phrase.id() == selectedId));
            } else if (noun != null) {
                nodes.add(nounNode(piece, noun));
            } else {
                nodes.add(plain(piece));
            }
        }
        getChildren().setAll(nodes);
    }

    private Node phraseNode(String piece, GroundedPhrase phrase, Color color, boolean selected) {
        Label label = new Label(piece);
        label.getStyleClass().add("grounded-phrase");
        label.setStyle("-fx-background-color: " + RegionNames.css(color, phrase.annotationIds().isEmpty() ? 0.15
                : 0.45) + "; -fx-background-radius: 3; -fx-padding: 0 1 0 1; -fx-font-weight: bold;"
                + (selected ? " -fx-border-color: " + RegionNames.css(color, 1) + "; -fx-border-width: 0 0 2 0;"
                : ""));
        label.setCursor(Cursor.HAND);
        label.setTooltip(new Tooltip(phrase.annotationIds().isEmpty() ? "Phrase with no region"
                : "Grounded: " + phrase.annotationIds().size() + " region(s) — click to select"));
        label.setOnMouseClicked(e -> onPhrase.accept(phrase));
        label.setUserData(phrase);
        return label;
    }

    private Node nounNode(String piece, TextChange.Span noun) {
        Text t = new Text(piece);
        t.getStyleClass().add("unlinked-noun-phrase");
        t.setUnderline(true);
        t.setStyle("-fx-fill: " + UNLINKED_COLOR + ";");
        t.setCursor(Cursor.HAND);
        Tooltip.install(t, new Tooltip("Not linked to a region — click to select, then Link"));
        t.setOnMouseClicked(e -> onNounPhrase.accept(noun));
        t.setUserData(noun);
        return t;
    }

    private static Node plain(String piece) {
        Text t = new Text(piece);
        t.setStyle("-fx-fill: -fx-text-base-color;");
        return t;
    }

    /** Noun phrases of the text that no grounded phrase overlaps. */
    static List<TextChange.Span> unlinkedNounPhrases(String text, List<GroundedPhrase> phrases) {
        List<TextChange.Span> out = new ArrayList<>();
        for (NounPhrases.Phrase np : NounPhrases.find(text)) {
            boolean linked = phrases.stream().anyMatch(p -> np.span().overlaps(p.start(), p.end()));
            if (!linked) {
                out.add(np.span());
            }
        }
        return out;
    }

    /** The shortest phrase covering [from, to), or null. */
    private static GroundedPhrase innermost(List<GroundedPhrase> phrases, int from, int to) {
        GroundedPhrase best = null;
        for (GroundedPhrase p : phrases) {
            if (p.start() <= from && p.end() >= to && (best == null || p.end() - p.start() < best.end()
                    - best.start())) {
                best = p;
            }
        }
        return best;
    }

    private static TextChange.Span covering(List<TextChange.Span> spans, int from, int to) {
        for (TextChange.Span s : spans) {
            if (s.start() <= from && s.end() >= to) {
                return s;
            }
        }
        return null;
    }
}
