package dev.promptcanvas.annotations.store;

import static dev.promptcanvas.annotations.store.Edit.invalid;

import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Checks, before anything is written, that a dataset is self-consistent: ids unique per kind, every reference
 * names an item of the dataset, masks fit their image, phrases fit their caption, parent links have no cycles.
 */
final class DatasetCheck {

    final Map<Long, ImageRecord> images;
    final Map<Long, Category> categories;
    final Map<Long, Annotation> annotations;
    final Map<Long, Caption> captions;
    final Map<Long, PromptRecord> promptRecords;

    private DatasetCheck(Dataset d) throws StoreException {
        images = index(d.images(), ImageRecord::id, "image");
        categories = index(d.categories(), Category::id, "category");
        annotations = index(d.annotations(), Annotation::id, "annotation");
        captions = index(d.captions(), Caption::id, "caption");
        promptRecords = index(d.promptRecords(), PromptRecord::id, "prompt record");
        index(d.phrases(), GroundedPhrase::id, "phrase");
        index(d.expressions(), ReferringExpression::id, "referring expression");
    }

    static DatasetCheck of(Dataset d) throws StoreException {
        DatasetCheck check = new DatasetCheck(d);
        check.categories(d);
        check.promptRecords(d);
        check.annotations(d);
        check.texts(d);
        return check;
    }

    private void categories(Dataset d) throws StoreException {
        for (Category c : d.categories()) {
            String what = "dataset category " + c.id() + " (" + c.name() + ")";
            if (c.parentId() != null && !categories.containsKey(c.parentId())) {
                throw invalid(what + ": parent category " + c.parentId() + " is not in the dataset");
            }
            Set<Long> seen = new HashSet<>();
            for (Long p = c.parentId(); p != null; p = categories.get(p).parentId()) {
                if (p == c.id() || !seen.add(p)) {
                    throw invalid(what + ": parent links form a cycle");
                }
            }
        }
        Set<String> names = new HashSet<>();
        for (Category c : d.categories()) {
            if (!names.add(c.name())) {
                throw invalid("dataset category " + c.id() + ": the name " + c.name() + " is used twice");
            }
        }
    }

    private void promptRecords(Dataset d) throws StoreException {
        for (PromptRecord r : d.promptRecords()) {
            requireImage(r.imageId(), "dataset prompt record " + r.id());
        }
    }

    private void annotations(Dataset d) throws StoreException {
        for (Annotation a : d.annotations()) {
            String what = "dataset annotation " + a.id();
            ImageRecord image = requireImage(a.imageId(), what);
            if (!categories.containsKey(a.categoryId())) {
                throw invalid(what + ": category " + a.categoryId() + " is not in the dataset");
            }
            if (a.geometry() instanceof Mask m && (m.width() != image.width() || m.height() != image.height())) {
                throw invalid(what + ": mask is " + m.width() + "x" + m.height() + " but image " + image.id() + " ("
                        + image.path() + ") is " + image.width() + "x" + image.height());
            }
            if (a.promptRecordId() != null && !promptRecords.containsKey(a.promptRecordId())) {
                throw invalid(what + ": prompt record " + a.promptRecordId() + " is not in the dataset");
            }
            if (a.parentId() != null) {
                Annotation parent = annotations.get(a.parentId());
                if (parent == null) {
                    throw invalid(what + ": parent annotation " + a.parentId() + " is not in the dataset");
                }
                if (parent.imageId() != a.imageId()) {
                    throw invalid(what + ": parent annotation " + parent.id() + " is on another image");
                }
                Set<Long> seen = new HashSet<>();
                for (Long p = a.parentId(); p != null; p = annotations.get(p).parentId()) {
                    if (p == a.id() || !seen.add(p)) {
                        throw invalid(what + ": parent links form a cycle");
                    }
                }
            }
        }
    }

    private void texts(Dataset d) throws StoreException {
        for (Caption c : d.captions()) {
            requireImage(c.imageId(), "dataset caption " + c.id());
        }
        for (GroundedPhrase p : d.phrases()) {
            String what = "dataset phrase " + p.id();
            Caption caption = captions.get(p.captionId());
            if (caption == null) {
                throw invalid(what + ": caption " + p.captionId() + " is not in the dataset");
            }
            if (p.end() > caption.text().length()) {
                throw invalid(what + ": span [" + p.start() + ", " + p.end() + ") runs past caption " + caption.id()
                        + " (" + caption.text().length() + " characters)");
            }
            requireTargets(p.annotationIds(), caption.imageId(), what);
        }
        for (ReferringExpression e : d.expressions()) {
            String what = "dataset referring expression " + e.id();
            requireImage(e.imageId(), what);
            requireTargets(e.targetIds(), e.imageId(), what);
        }
    }

    private ImageRecord requireImage(long id, String what) throws StoreException {
        ImageRecord image = images.get(id);
        if (image == null) {
            throw invalid(what + ": image " + id + " is not in the dataset");
        }
        return image;
    }

    private void requireTargets(List<Long> ids, long imageId, String what) throws StoreException {
        Set<Long> seen = new HashSet<>();
        for (long id : ids) {
            Annotation a = annotations.get(id);
            if (a == null) {
                throw invalid(what + ": annotation " + id + " is not in the dataset");
            }
            if (!seen.add(id)) {
                throw invalid(what + ": annotation " + id + " is listed twice");
            }
            if (a.imageId() != imageId) {
                throw invalid(what + ": annotation " + id + " is on image " + a.imageId() + ", not on image "
                        + imageId);
            }
        }
    }

    private static <T> Map<Long, T> index(List<T> items, ToLongFunction<T> id, String kind) throws StoreException {
        Map<Long, T> out = new HashMap<>(items.size() * 2);
        for (T item : items) {
            if (out.put(id.applyAsLong(item), item) != null) {
                throw invalid("dataset " + kind + " id " + id.applyAsLong(item) + " is used twice");
            }
        }
        return out;
    }
}
