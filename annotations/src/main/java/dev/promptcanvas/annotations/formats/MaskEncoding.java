package dev.promptcanvas.annotations.formats;

/** How writers that offer a choice write masks. */
public enum MaskEncoding {
    /** COCO RLE (exact; keeps holes). */
    RLE,
    /** Polygons traced at a tolerance (holes are lost where the format cannot express them). */
    POLYGON
}
