package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.inference.imageio.ProjectPaths;
import dev.promptcanvas.inference.vlm.task.GroundingCandidate;
import java.nio.file.Path;
import java.util.List;

/** Grounding candidates from a project: the annotations of the image (optionally of one label), read-only. */
final class ProjectCandidates {

    private ProjectCandidates() {
    }

    static List<GroundingCandidate> load(Path project, Path image, String categoryName) throws StoreException {
        try (ProjectStore store = ProjectArgs.open(project, true)) {
            String rel = ProjectPaths.relativize(project, image);
            ImageRecord rec = store.imageByPath(rel).orElseThrow(() -> new BadInputException("--candidates-from "
                    + project + ": the project has no image " + rel + " (--image must be one of its images)"));
            Long categoryId = null;
            if (categoryName != null) {
                categoryId = store.categoryByName(categoryName).map(Category::id).orElseThrow(() ->
                        new BadInputException("--category " + categoryName + ": no such label in " + project));
            }
            Long only = categoryId;
            List<GroundingCandidate> out = store.annotations(rec.id()).stream()
                    .filter(a -> only == null || a.categoryId() == only)
                    .map(GroundingCandidate::of).toList();
            if (out.isEmpty()) {
                throw new BadInputException("--candidates-from " + project + ": image " + rel + " has no annotations"
                        + (categoryName == null ? "" : " labelled " + categoryName) + " to choose from");
            }
            return out;
        }
    }

}
