package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The work of {@link ImportDataset}: check, match, remap ids, and bulk-insert through the {@link Edit}. */
final class DatasetImporter {

    private final Edit edit;
    private final Dataset dataset;
    private final Map<Long, Long> imageIds = new HashMap<>();
    private final Map<Long, Long> categoryIds = new HashMap<>();
    private final Map<Long, Long> annotationIds = new HashMap<>();
    private final Map<Long, Long> captionIds = new HashMap<>();
    private final Map<Long, Long> promptRecordIds = new HashMap<>();
    private DatasetCheck check;
    private int imagesAdded;
    private int imagesMatched;
    private int categoriesAdded;
    private int categoriesMatched;

    DatasetImporter(Edit edit, Dataset dataset) {
        this.edit = edit;
        this.dataset = dataset;
    }

    ImportReport run() throws StoreException {
        check = DatasetCheck.of(dataset);
        matchImages();
        matchCategories();
        return edit.sql("importing a dataset", () -> {
            insertPromptRecords();
            insertAnnotations();
            insertTexts();
            return new ImportReport(imagesAdded, imagesMatched, categoriesAdded, categoriesMatched,
                    dataset.annotations().size(), dataset.captions().size(), dataset.phrases().size(),
                    dataset.expressions().size(), dataset.promptRecords().size());
        });
    }

    /** By exact path (sizes must agree), else by a unique file name of the same size, else added. */
    private void matchImages() throws StoreException {
        Map<String, ImageRecord> added = new LinkedHashMap<>();
        List<ImageRecord> toAdd = new ArrayList<>();
        Map<Long, String> addedPathOf = new HashMap<>();
        for (ImageRecord image : dataset.images()) {
            Optional<ImageRecord> match = edit.reader().imageByPath(image.path());
            if (match.isPresent()) {
                requireSameSize(image, match.get());
                imageIds.put(image.id(), match.get().id());
                imagesMatched++;
                continue;
            }
            ImageRecord pending = added.get(image.path());
            if (pending != null) {
                requireSameSize(image, pending);
                addedPathOf.put(image.id(), image.path());
                continue;
            }
            List<ImageRecord> named = edit.reader().imagesNamed(image.fileName());
            if (named.size() == 1 && named.get(0).width() == image.width() && named.get(0).height() == image.height()) {
                imageIds.put(image.id(), named.get(0).id());
                imagesMatched++;
                continue;
            }
            added.put(image.path(), image);
            toAdd.add(image);
            addedPathOf.put(image.id(), image.path());
        }
        if (!toAdd.isEmpty()) {
            Map<String, Long> newIds = new HashMap<>();
            for (ImageRecord stored : edit.addImages(toAdd)) {
                newIds.put(stored.path(), stored.id());
            }
            addedPathOf.forEach((datasetId, path) -> imageIds.put(datasetId, newIds.get(path)));
            imagesAdded = toAdd.size();
        }
    }

    private static void requireSameSize(ImageRecord incoming, ImageRecord existing) throws StoreException {
        if (incoming.width() != existing.width() || incoming.height() != existing.height()) {
            throw Edit.invalid("dataset image " + incoming.id() + " (" + incoming.path() + "): the dataset says "
                    + incoming.width() + "x" + incoming.height() + " but the project has " + existing.width() + "x"
                    + existing.height());
        }
    }

    /** By name; new ones are created parents first so their parent links can be remapped. */
    private void matchCategories() throws StoreException {
        for (Category c : dataset.categories()) {
            Optional<Category> match = edit.reader().categoryByName(c.name());
            if (match.isPresent()) {
                categoryIds.put(c.id(), match.get().id());
                categoriesMatched++;
            }
        }
        for (Category c : dataset.categories()) {
            createCategory(c);
        }
    }

    private long createCategory(Category c) throws StoreException {
        Long known = categoryIds.get(c.id());
        if (known != null) {
            return known;
        }
        Long parent = c.parentId() == null ? null : createCategory(check.categories.get(c.parentId()));
        Category stored = edit.addCategory(new Category(0, c.name(), c.color(), parent, c.supercategory()));
        categoryIds.put(c.id(), stored.id());
        categoriesAdded++;
        return stored.id();
    }

    private void insertPromptRecords() throws java.sql.SQLException {
        List<PromptRecord> records = dataset.promptRecords();
        long first = edit.writer().reserve(Table.PROMPT_RECORDS, records.size());
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            PromptRecord r = records.get(i);
            long image = imageIds.get(r.imageId());
            promptRecordIds.put(r.id(), first + i);
            rows.add(RowCodec.promptRecord(r, first + i, image));
            edit.summary().touch(StoreChange.Entity.PROMPT_RECORDS, image);
        }
        edit.writer().insertAll(Table.PROMPT_RECORDS, rows);
    }

    private void insertAnnotations() throws java.sql.SQLException {
        List<Annotation> annotations = dataset.annotations();
        long first = edit.writer().reserve(Table.ANNOTATIONS, annotations.size());
        for (int i = 0; i < annotations.size(); i++) {
            annotationIds.put(annotations.get(i).id(), first + i);
        }
        List<Object[]> rows = new ArrayList<>(Math.min(annotations.size(), 50_000));
        for (int i = 0; i < annotations.size(); i++) {
            Annotation a = annotations.get(i);
            long image = imageIds.get(a.imageId());
            rows.add(RowCodec.annotation(a, first + i, image, categoryIds.get(a.categoryId()),
                    a.parentId() == null ? null : annotationIds.get(a.parentId()),
                    a.promptRecordId() == null ? null : promptRecordIds.get(a.promptRecordId())));
            edit.statusWatch().before(image);
            edit.summary().touch(StoreChange.Entity.ANNOTATIONS, image);
            if (rows.size() == 50_000) {
                edit.writer().insertAll(Table.ANNOTATIONS, rows);
                rows.clear();
            }
        }
        edit.writer().insertAll(Table.ANNOTATIONS, rows);
    }

    private void insertTexts() throws java.sql.SQLException {
        RowWriter writer = edit.writer();
        List<Caption> captions = dataset.captions();
        long first = writer.reserve(Table.CAPTIONS, captions.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < captions.size(); i++) {
            Caption c = captions.get(i);
            long image = imageIds.get(c.imageId());
            captionIds.put(c.id(), first + i);
            rows.add(RowCodec.caption(c, first + i, image));
            edit.summary().touch(StoreChange.Entity.CAPTIONS, image);
        }
        writer.insertAll(Table.CAPTIONS, rows);

        List<GroundedPhrase> phrases = dataset.phrases();
        first = writer.reserve(Table.PHRASES, phrases.size());
        rows = new ArrayList<>();
        List<Object[]> targets = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            GroundedPhrase p = phrases.get(i);
            rows.add(RowCodec.phrase(first + i, captionIds.get(p.captionId()), p.start(), p.end()));
            for (int k = 0; k < p.annotationIds().size(); k++) {
                targets.add(RowCodec.target(0, first + i, k, annotationIds.get(p.annotationIds().get(k))));
            }
            long image = imageIds.get(check.captions.get(p.captionId()).imageId());
            edit.summary().touch(StoreChange.Entity.PHRASES, image);
        }
        writer.insertAll(Table.PHRASES, rows);
        long targetFirst = writer.reserve(Table.PHRASE_TARGETS, targets.size());
        writer.insertAll(Table.PHRASE_TARGETS, numbered(targets, targetFirst));

        List<ReferringExpression> expressions = dataset.expressions();
        first = writer.reserve(Table.EXPRESSIONS, expressions.size());
        rows = new ArrayList<>();
        targets = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            ReferringExpression e = expressions.get(i);
            long image = imageIds.get(e.imageId());
            rows.add(RowCodec.expression(first + i, image, e.text(), e.domain()));
            for (int k = 0; k < e.targetIds().size(); k++) {
                targets.add(RowCodec.target(0, first + i, k, annotationIds.get(e.targetIds().get(k))));
            }
            edit.summary().touch(StoreChange.Entity.EXPRESSIONS, image);
        }
        writer.insertAll(Table.EXPRESSIONS, rows);
        targetFirst = writer.reserve(Table.EXPRESSION_TARGETS, targets.size());
        writer.insertAll(Table.EXPRESSION_TARGETS, numbered(targets, targetFirst));
    }

    /** Gives target rows consecutive ids. */
    private static List<Object[]> numbered(List<Object[]> rows, long first) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i)[0] = first + i;
        }
        return rows;
    }
}
