package dev.promptcanvas.inference.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every visual-prompt style by its stable id (used by the CLI, the UI and saved settings). */
public enum VisualPromptStyle {
    VIP_RECTANGLE("vip-rectangle", Family.VIP, VipShape.RECTANGLE, "ViP-LLaVA rectangle, width 2s-8s, random colour/alpha"),
    VIP_ELLIPSE("vip-ellipse", Family.VIP, VipShape.ELLIPSE, "ViP-LLaVA ellipse around the region, bounds x1-1.5"),
    VIP_TRIANGLE("vip-triangle", Family.VIP, VipShape.TRIANGLE, "ViP-LLaVA triangle, 3 points inside, angles <= 150 deg"),
    VIP_POINT("vip-point", Family.VIP, VipShape.POINT, "ViP-LLaVA filled point near the centre, radius 5s-20s"),
    VIP_SCRIBBLE("vip-scribble", Family.VIP, VipShape.SCRIBBLE, "ViP-LLaVA Bezier scribble through 4 inside points"),
    VIP_MASK_CONTOUR("vip-mask-contour", Family.VIP, VipShape.MASK_CONTOUR, "ViP-LLaVA mask outline, 1s-2s"),
    VIP_MASK("vip-mask", Family.VIP, VipShape.MASK, "ViP-LLaVA filled mask, alpha 48-128"),
    VIP_ARROW("vip-arrow", Family.VIP, VipShape.ARROW, "ViP-LLaVA arrow, tip near the region centre"),
    VIP_RANDOM("vip-random", Family.VIP, null, "ViP-LLaVA training mix: one of the eight shapes per region"),
    VIP_CONSTANT_RECTANGLE("vip-constant-rectangle", Family.VIP_CONSTANT, VipShape.RECTANGLE,
            "ViP-LLaVA constant style: red rectangle, width 3s, opaque"),
    VIP_CONSTANT_ELLIPSE("vip-constant-ellipse", Family.VIP_CONSTANT, VipShape.ELLIPSE,
            "constant: red ellipse, width 3s, bounds x1.25, opaque"),
    VIP_CONSTANT_TRIANGLE("vip-constant-triangle", Family.VIP_CONSTANT, VipShape.TRIANGLE,
            "constant: red triangle inscribed in the region, width 3s"),
    VIP_CONSTANT_POINT("vip-constant-point", Family.VIP_CONSTANT, VipShape.POINT,
            "constant: red point, radius 12s, at the region point nearest its box centre"),
    VIP_CONSTANT_SCRIBBLE("vip-constant-scribble", Family.VIP_CONSTANT, VipShape.SCRIBBLE,
            "constant: red S-shaped scribble across the region, width 3s"),
    VIP_CONSTANT_MASK_CONTOUR("vip-constant-mask-contour", Family.VIP_CONSTANT, VipShape.MASK_CONTOUR,
            "constant: red mask outline, width 2s"),
    VIP_CONSTANT_MASK("vip-constant-mask", Family.VIP_CONSTANT, VipShape.MASK, "constant: red mask, alpha 128"),
    VIP_CONSTANT_ARROW("vip-constant-arrow", Family.VIP_CONSTANT, VipShape.ARROW,
            "constant: red arrow from the upper right, tip at the region centre, width 3s"),
    FGVP_COLOR_MASK("fgvp-color-mask", Family.FGVP, null, "FGVP 'mask': green overlay inside the region, alpha 0.5"),
    FGVP_REVERSE_COLOR_MASK("fgvp-reverse-color-mask", Family.FGVP, null,
            "FGVP 'reverse_mask': green overlay outside the region"),
    FGVP_BLUR_REVERSE("fgvp-blur-reverse", Family.FGVP, null,
            "FGVP 'blur_mask': everything outside the region Gaussian-blurred (sigma 100 at 336 px)"),
    FGVP_GRAYSCALE_REVERSE("fgvp-grayscale-reverse", Family.FGVP, null,
            "FGVP 'grayscale_mask': everything outside the region in grey"),
    FGVP_CONTOUR("fgvp-contour", Family.FGVP, null, "FGVP 'contour': red region outline, thickness 2 at 336 px"),
    FGVP_BOX("fgvp-box", Family.FGVP, null, "FGVP 'box': red box, thickness 2 at 336 px"),
    FGVP_CIRCLE("fgvp-circle", Family.FGVP, null, "FGVP 'circle': red ellipse inscribed in the region's box"),
    FGVP_KEYPOINT("fgvp-keypoint", Family.FGVP, null, "FGVP 'keypoint': red circle of radius 6 % around the box centre"),
    FGVP_CROP("fgvp-crop", Family.FGVP, null, "FGVP 'crop': the region's box (+1 %) cut out"),
    FGVP_CROP_COLOR("fgvp-crop-color", Family.FGVP, null, "FGVP 'cpt': the crop under a green overlay"),
    FGVP_CROP_COLOR_MASK("fgvp-crop-color-mask", Family.FGVP, null, "FGVP 'cpt_seg': the crop, green over the region"),
    FGVP_CROP_REVERSE_FILL("fgvp-crop-reverse-fill", Family.FGVP, null,
            "FGVP 'ov_seg': the crop, solid green outside the region"),
    FGVP_CROP_BLUR_REVERSE("fgvp-crop-blur-reverse", Family.FGVP, null,
            "FGVP 'blur_seg': the crop, blurred outside the region"),
    SOM("som", Family.SOM, null, "Set-of-Mark: numbered labels, distinct colours, outlines (many regions)"),
    FALIP_PATCH("falip-patch", Family.FALIP, null,
            "FALIP: the region as a 24x24 ViT patch grid, drawn over the image (grid also as JSON/PNG)");

    /** Which paper a style comes from. */
    public enum Family {
        VIP, VIP_CONSTANT, FGVP, SOM, FALIP
    }

    private final String id;
    private final Family family;
    private final VipShape vipShape;
    private final String description;

    VisualPromptStyle(String id, Family family, VipShape vipShape, String description) {
        this.id = id;
        this.family = family;
        this.vipShape = vipShape;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Family family() {
        return family;
    }

    /** The ViP-LLaVA shape, empty for other families and for {@code vip-random}. */
    public Optional<VipShape> vipShape() {
        return Optional.ofNullable(vipShape);
    }

    /** One line for help texts and tooltips. */
    public String description() {
        return description;
    }

    /** Whether the style returns a cropped image (and {@link RenderResult#crop()}). */
    public boolean isCrop() {
        return this == FGVP_CROP || this == FGVP_CROP_COLOR || this == FGVP_CROP_COLOR_MASK
                || this == FGVP_CROP_REVERSE_FILL || this == FGVP_CROP_BLUR_REVERSE;
    }

    /** Whether the style takes exactly one region (FGVP crops, FALIP); the others take one or more. */
    public boolean singleRegion() {
        return isCrop() || this == FALIP_PATCH;
    }

    /** A style by id (case-insensitive; '_' accepted for '-'). */
    public static Optional<VisualPromptStyle> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String n = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(s -> s.id.equals(n)).findFirst();
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(VisualPromptStyle::id).toList();
    }
}
