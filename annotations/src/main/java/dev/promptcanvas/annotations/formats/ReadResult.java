package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.Dataset;
import java.util.List;

/** What a reader produced, and what it left out. */
public record ReadResult(Dataset dataset, List<Skipped> skipped) {

    public ReadResult {
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
    }
}
