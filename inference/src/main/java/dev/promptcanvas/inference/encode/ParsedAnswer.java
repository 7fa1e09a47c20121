package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.List;

/**
 * What a parser made of a model's answer: the answer's text with the markup removed, the grounded items, and
 * everything it noticed on the way. Parsers are total: any text gives a ParsedAnswer (possibly empty, with an
 * ERROR diagnostic), never an exception.
 */
public record ParsedAnswer(RegionFormat format, String text, List<AnswerItem> items, List<Diagnostic> diagnostics) {

    public ParsedAnswer {
        text = text == null ? "" : text;
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every box of every item, in order. */
    public List<Box> boxes() {
        return items.stream().flatMap(i -> i.boxes().stream()).toList();
    }

    /** Every point of every item, in order. */
    public List<Point> points() {
        return items.stream().flatMap(i -> i.points().stream()).toList();
    }

    /** Every index of every item, in order (duplicates across items kept). */
    public List<Integer> indexes() {
        return items.stream().flatMap(i -> i.indexes().stream()).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.level() == Diagnostic.Level.ERROR);
    }

    /** Whether a diagnostic with this code was reported. */
    public boolean reported(String code) {
        return diagnostics.stream().anyMatch(d -> d.code().equals(code));
    }
}
