package dev.promptcanvas.inference.encode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The region text formats by id (used by the CLI's {@code --format} and the UI). */
public enum RegionFormat {
    KOSMOS2("kosmos2", "KOSMOS-2 <phrase>..</phrase><object><patch_index_AAAA><patch_index_BBBB></object> (32x32 grid)"),
    CHATREX("chatrex", "ChatRex <objN><objfeat> candidates; answers <ground>..</ground><objects><objN>..</objects>"),
    REXSEEK("rexseek", "RexSeek: as ChatRex with its detection template, at most 100 candidates"),
    OSPREY("osprey", "Osprey region list region1<mask><pos>,region2<mask><pos> (1-based)"),
    QWEN("qwen", "Qwen2.5-VL ```json [{\"bbox_2d\":[..],\"label\":..}] and <points x1 y1>..</points>, "
            + "pixels of the smart-resized input"),
    NORM1000("norm1000", "boxes normalised to 0..1000: [x1, y1, x2, y2] (also <|box_start|>(x1,y1),(x2,y2)<|box_end|>)"),
    MDVP("mdvp", "MDVP / SPHINX-V <Region k> references (1-based) with xywh boxes");

    private final String id;
    private final String description;

    RegionFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** A codec with default settings (Qwen: 28-pixel factor, min 4*28*28 and max 16384*28*28 pixels). */
    public RegionCodec codec() {
        return switch (this) {
            case KOSMOS2 -> new Kosmos2Codec();
            case CHATREX -> new ObjectIndexCodec(false);
            case REXSEEK -> new ObjectIndexCodec(true);
            case OSPREY -> new OspreyCodec();
            case QWEN -> new QwenCodec(QwenSmartResize.DEFAULT);
            case NORM1000 -> new Norm1000Codec();
            case MDVP -> new MdvpCodec();
        };
    }

    public static Optional<RegionFormat> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String n = id.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return Arrays.stream(values()).filter(f -> f.id.equals(n)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RegionFormat::id).toList();
    }
}
