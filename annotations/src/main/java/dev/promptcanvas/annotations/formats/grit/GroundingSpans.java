package dev.promptcanvas.annotations.formats.grit;

import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Splits a caption's grounded phrases into GRIT's noun chunks and referring-expression expansions. A phrase is an
 * expansion of another when its span strictly contains the other's and both name the same set of regions; noun
 * chunks are the phrases that expand nothing, each paired with its longest expansion (or itself when it has none).
 */
final class GroundingSpans {

    /** A noun chunk, the span written for it in {@code ref_exps}, and the regions both name. */
    record Chunk(GroundedPhrase chunk, GroundedPhrase refExp, List<Long> regions) {
    }

    private GroundingSpans() {
    }

    /**
     * The chunks of a caption in span order. {@code regions} maps each phrase id to the annotation ids it can be
     * written with (phrases with none are left out by the caller).
     */
    static List<Chunk> pair(List<GroundedPhrase> phrases, Map<Long, List<Long>> regions) {
        List<Chunk> chunks = new ArrayList<>();
        for (GroundedPhrase q : phrases) {
            if (expandsAnother(q, phrases, regions)) {
                continue;
            }
            GroundedPhrase longest = q;
            for (GroundedPhrase p : phrases) {
                if (isExpansion(p, q, regions) && p.end() - p.start() > longest.end() - longest.start()) {
                    longest = p;
                }
            }
            chunks.add(new Chunk(q, longest, regions.get(q.id())));
        }
        return chunks;
    }

    private static boolean expandsAnother(GroundedPhrase p, List<GroundedPhrase> phrases,
                                          Map<Long, List<Long>> regions) {
        for (GroundedPhrase q : phrases) {
            if (q != p && isExpansion(p, q, regions)) {
                return true;
            }
        }
        return false;
    }

    /** Whether p strictly contains q's span and names the same regions. */
    static boolean isExpansion(GroundedPhrase p, GroundedPhrase q, Map<Long, List<Long>> regions) {
        boolean contains = p.start() <= q.start() && p.end() >= q.end()
                && (p.start() != q.start() || p.end() != q.end());
        return contains && new HashSet<>(regions.get(p.id())).equals(new HashSet<>(regions.get(q.id())));
    }
}
