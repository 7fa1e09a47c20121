package dev.promptcanvas.inference.encode;

import java.util.List;

/** Regions written as text, with notes (e.g. candidates beyond RexSeek's 100 left out). */
public record EncodedPrompt(RegionFormat format, String text, List<Diagnostic> diagnostics) {

    public EncodedPrompt {
        diagnostics = List.copyOf(diagnostics);
    }
}
