package dev.promptcanvas.annotations.store;

/**
 * What an {@link ImportDataset} did.
 *
 * @param imagesAdded dataset images that were new to the project and were added
 * @param imagesMatched dataset images matched to project images (by path, else by unique file name)
 * @param categoriesAdded categories created because no project category had their name
 * @param categoriesMatched categories matched by name
 */
public record ImportReport(int imagesAdded, int imagesMatched, int categoriesAdded, int categoriesMatched,
                           int annotationsAdded, int captionsAdded, int phrasesAdded, int expressionsAdded,
                           int promptRecordsAdded) {
}
