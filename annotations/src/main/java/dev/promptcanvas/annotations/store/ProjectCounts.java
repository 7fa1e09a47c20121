package dev.promptcanvas.annotations.store;

/** How many of each thing a project holds (read from maintained counters, so it is cheap on big projects). */
public record ProjectCounts(long images, long annotations, long categories, long captions, long phrases,
                            long expressions, long promptRecords) {
}
