package dev.promptcanvas.annotations.formats.support;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.Skipped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a reader sends bad items: with {@code skipInvalid} they are listed (and the item left out), otherwise the
 * first one becomes a {@link FormatException}.
 */
public final class Problems {

    private final boolean skipInvalid;
    private final List<Skipped> skipped = new ArrayList<>();

    public Problems(boolean skipInvalid) {
        this.skipInvalid = skipInvalid;
    }

    /** Records a bad item, or throws when bad items are not to be skipped. */
    public void report(Path file, String field, String reason) throws FormatException {
        if (!skipInvalid) {
            throw new FormatException(file, field, reason);
        }
        skipped.add(new Skipped(file, field, reason));
    }

    /** Records a bad item described by an {@link InvalidFieldException}. */
    public void report(Path file, InvalidFieldException problem) throws FormatException {
        report(file, problem.field(), problem.reason());
    }

    /** Whether bad items are skipped (true) or fatal (false). */
    public boolean skipping() {
        return skipInvalid;
    }

    /** What was left out so far, in the order it was found. */
    public List<Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
