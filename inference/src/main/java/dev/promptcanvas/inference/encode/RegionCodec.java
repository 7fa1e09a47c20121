package dev.promptcanvas.inference.encode;

/** One model's way of writing regions into a prompt and of reading regions back out of its answers. */
public interface RegionCodec {

    /**
     * Writes the regions as the model expects them.
     *
     * @throws IllegalArgumentException when the request cannot be written (no boxes, a box outside the image...)
     */
    EncodedPrompt encode(EncodeRequest request);

    /** Reads an answer; total: never throws, problems go to the diagnostics. */
    ParsedAnswer decode(String answer, DecodeContext context);
}
