package dev.promptcanvas.inference.vlm;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An image encoded for a chat request: PNG (lossless, the default) or JPEG bytes, as a {@code data:} URL, with the
 * SHA-256 of the bytes (what a preference pair records as the image that was shown).
 */
public record ImageDataUrl(String mimeType, byte[] bytes, int width, int height) {

    /** How an image is encoded. */
    public enum Encoding {
        PNG, JPEG
    }

    public ImageDataUrl {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("image data: no bytes");
        }
    }

    public static ImageDataUrl png(BufferedImage image) {
        return encode(image, Encoding.PNG);
    }

    /** JPEG at quality 0.92 (smaller requests for photos). */
    public static ImageDataUrl jpeg(BufferedImage image) {
        return encode(image, Encoding.JPEG);
    }

    public static ImageDataUrl encode(BufferedImage image, Encoding encoding) {
        if (image == null) {
            throw new IllegalArgumentException("image data: image is required");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (encoding == Encoding.PNG) {
                ImageIO.write(image, "png", out);
                return new ImageDataUrl("image/png", out.toByteArray(), image.getWidth(), image.getHeight());
            }
            BufferedImage rgb = image;
            if (image.getType() != BufferedImage.TYPE_INT_RGB) {
                rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.createGraphics().drawImage(image, 0, 0, null);
            }
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter w = writers.next();
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.92f);
            try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
                w.setOutput(ios);
                w.write(null, new IIOImage(rgb, null, null), p);
            } finally {
                w.dispose();
            }
            return new ImageDataUrl("image/jpeg", out.toByteArray(), image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("image data: encoding as " + encoding + " failed", e);
        }
    }

    /** {@code data:<mime>;base64,<bytes>}. */
    public String url() {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** Hex SHA-256 of the encoded bytes. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ImageDataUrl[" + mimeType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageDataUrl d && d.mimeType.equals(mimeType) && java.util.Arrays.equals(d.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mimeType.hashCode() + java.util.Arrays.hashCode(bytes);
    }
}
