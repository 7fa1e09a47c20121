package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.mask.Rle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Masks as 8-bit grey PNG files (255 = object) and image content hashes. */
public final class MaskImages {

    private MaskImages() {
    }

    /** Writes the mask as a grey PNG of the image's size. */
    public static void writePng(Rle mask, Path file) throws IOException {
        BufferedImage img = new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        byte[] m = mask.toRowMajor();
        for (int i = 0; i < m.length; i++) {
            px[i] = m[i] != 0 ? (byte) 255 : 0;
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer available");
        }
    }

    /** SHA-256 of a file's bytes as hex (the image content hash the embedding cache is keyed by). */
    public static String contentHash(Path file) throws IOException {
        return dev.promptcanvas.inference.models.Checksums.sha256(file);
    }
}
