package dev.promptcanvas.annotations.store;

import java.util.Arrays;

/**
 * What the image browser shows and filters on for one image, read for all images in one query
 * ({@link ProjectStore#imageSummaries()}).
 *
 * @param imageId the image's project id
 * @param annotations how many annotations the image has
 * @param done whether the user marked the image done
 * @param anyHuman whether at least one annotation was made by a person
 * @param anyModel whether at least one annotation was made by a model
 * @param categoryIds the distinct categories of its annotations, ascending (a copy is kept and returned)
 */
public record ImageSummary(long imageId, int annotations, boolean done, boolean anyHuman, boolean anyModel,
                           long[] categoryIds) {

    public ImageSummary {
        String what = "image summary " + imageId;
        if (annotations < 0) {
            throw new IllegalArgumentException(what + ": negative annotation count " + annotations);
        }
        if (categoryIds == null) {
            throw new IllegalArgumentException(what + ": categoryIds is required (empty when there are none)");
        }
        categoryIds = categoryIds.clone();
        for (int i = 1; i < categoryIds.length; i++) {
            if (categoryIds[i] <= categoryIds[i - 1]) {
                throw new IllegalArgumentException(what + ": categoryIds must be distinct and ascending, got "
                        + Arrays.toString(categoryIds));
            }
        }
        boolean empty = annotations == 0;
        if (empty != (categoryIds.length == 0) || empty == (anyHuman || anyModel)
                || categoryIds.length > annotations) {
            throw new IllegalArgumentException(what + ": " + annotations + " annotations do not fit categories "
                    + Arrays.toString(categoryIds) + ", anyHuman=" + anyHuman + ", anyModel=" + anyModel);
        }
    }

    /** A copy of the distinct category ids, ascending. */
    @Override
    public long[] categoryIds() {
        return categoryIds.clone();
    }

    /** How many distinct categories the image's annotations use. */
    public int categoryCount() {
        return categoryIds.length;
    }

    /** Whether at least one annotation of the image has this category (no copying: for filters over many images). */
    public boolean hasCategory(long categoryId) {
        return Arrays.binarySearch(categoryIds, categoryId) >= 0;
    }

    public ImageStatus status() {
        return ImageStatus.of(done, annotations);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageSummary s && s.imageId == imageId && s.annotations == annotations && s.done == done
                && s.anyHuman == anyHuman && s.anyModel == anyModel && Arrays.equals(s.categoryIds, categoryIds);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(imageId) * 31 + Arrays.hashCode(categoryIds) + annotations * 17
                + (done ? 1 : 0) + (anyHuman ? 2 : 0) + (anyModel ? 4 : 0);
    }

    @Override
    public String toString() {
        return "ImageSummary[imageId=" + imageId + ", annotations=" + annotations + ", done=" + done + ", anyHuman="
                + anyHuman + ", anyModel=" + anyModel + ", categoryIds=" + Arrays.toString(categoryIds) + "]";
    }
}
