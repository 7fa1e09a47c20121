package dev.promptcanvas.ui.viewer.tiles;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/**
 * Overviews kept on disk ({@code <folder>/<hash of path, length, mtime>-<w>x<h>.png}), so opening a large PNG a
 * second time decodes a 4 MP file instead of inflating 100 MP. A missing, stale or unreadable file is simply a
 * miss; writes are atomic (temporary file, then move).
 */
final class OverviewCache {

    private final Path folder;

    OverviewCache(Path folder) {
        this.folder = folder;
    }

    Path fileFor(Path image, int overviewWidth, int overviewHeight) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(image, BasicFileAttributes.class);
        String key = sha256(image.toAbsolutePath().normalize() + "|" + attrs.size() + "|"
                + attrs.lastModifiedTime().toMillis()).substring(0, 40);
        return folder.resolve(key + "-" + overviewWidth + "x" + overviewHeight + ".png");
    }

    /** The cached overview, or null when there is none of that size or it cannot be read. */
    ArgbRaster read(Path cached, int width, int height) {
        if (!Files.isRegularFile(cached)) {
            return null;
        }
        try (PngRegionDecoder decoder = PngRegionDecoder.tryOpen(cached)) {
            if (decoder == null || decoder.width() != width || decoder.height() != height) {
                return null;
            }
            return decoder.read(0, height, 1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes an overview (premultiplied ARGB; stored as RGB when opaque). */
    void write(Path cached, ArgbRaster raster) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "overview", ".tmp");
        try {
            ImageIO.write(asBufferedImage(raster), "png", tmp.toFile());
            try {
                Files.move(tmp, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static BufferedImage asBufferedImage(ArgbRaster raster) {
        boolean opaque = true;
        for (int p : raster.pixels()) {
            if (p >>> 24 != 0xFF) {
                opaque = false;
                break;
            }
        }
        int[] px = opaque ? raster.pixels() : raster.pixels().clone();
        int w = raster.width();
        int h = raster.height();
        int[] masks = opaque ? new int[] {0xFF0000, 0xFF00, 0xFF} : new int[] {0xFF0000, 0xFF00, 0xFF, 0xFF000000};
        WritableRaster wr = Raster.createWritableRaster(new SinglePixelPackedSampleModel(
                java.awt.image.DataBuffer.TYPE_INT, w, h, masks), new DataBufferInt(px, w * h), null);
        DirectColorModel model = opaque ? new DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF)
                : new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), 32,
                        0xFF0000, 0xFF00, 0xFF, 0xFF000000, true, java.awt.image.DataBuffer.TYPE_INT);
        BufferedImage image = new BufferedImage(model, wr, !opaque, null);
        if (!opaque) {
            image.coerceData(false);
        }
        return image;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
