package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.util.List;
import java.util.Optional;

/**
 * Read access to a project's data, with project ids. Lists come in id order. Implemented by {@link ProjectStore}
 * (committed data) and by {@link Edit} (what a command sees inside its transaction).
 */
public interface ProjectView {

    List<ImageRecord> images();

    Optional<ImageRecord> image(long id);

    /** The image with exactly this project-relative path. */
    Optional<ImageRecord> imageByPath(String relativePath);

    List<Category> categories();

    Optional<Category> category(long id);

    Optional<Category> categoryByName(String name);

    /** The annotations of one image (read per image: a project is never loaded whole). */
    List<Annotation> annotations(long imageId);

    Optional<Annotation> annotation(long id);

    List<Caption> captions(long imageId);

    Optional<Caption> caption(long id);

    List<GroundedPhrase> phrases(long captionId);

    Optional<GroundedPhrase> phrase(long id);

    List<ReferringExpression> expressions(long imageId);

    Optional<ReferringExpression> expression(long id);

    List<PromptRecord> promptRecords(long imageId);

    Optional<PromptRecord> promptRecord(long id);

    ProjectCounts counts();
}
