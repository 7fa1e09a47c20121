package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Dataset;
import java.util.Objects;

/**
 * Imports a dataset, all or nothing, as one undo step. Dataset ids are local and are remapped: images match
 * project images by exact relative path, else by a unique file name (with the same size), else they are added;
 * categories match by name, else are created (parent links remapped); everything else is inserted with its
 * references remapped. A reference to something the dataset does not contain fails the whole import, naming the
 * item, and nothing is written.
 */
public record ImportDataset(Dataset dataset, String label) implements Command<ImportReport> {

    public ImportDataset {
        Objects.requireNonNull(dataset, "dataset");
        label = label == null || label.isBlank() ? "Import dataset" : label;
    }

    public ImportDataset(Dataset dataset) {
        this(dataset, null);
    }

    @Override
    public ImportReport execute(Edit edit) throws StoreException {
        return new DatasetImporter(edit, dataset).run();
    }
}
