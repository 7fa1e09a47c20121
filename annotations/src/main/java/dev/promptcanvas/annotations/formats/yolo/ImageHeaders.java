package dev.promptcanvas.annotations.formats.yolo;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image's width and height read from its file header, without decoding pixels and without AWT/ImageIO: PNG
 * ({@code IHDR}), JPEG (the first {@code SOFn} segment), GIF, BMP and WebP (VP8, VP8L, VP8X). JPEG EXIF orientation
 * is not applied: the size is that of the stored pixel array.
 */
public final class ImageHeaders {

    /** How far into a JPEG the SOF segment is looked for (EXIF thumbnails can be large). */
    private static final long JPEG_SCAN_LIMIT = 16L << 20;

    private ImageHeaders() {
    }

    /** {width, height} of the image file; an IOException says why the header could not be read. */
    public static int[] size(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 8192))) {
            byte[] head = new byte[12];
            in.mark(64);
            int n = in.readNBytes(head, 0, head.length);
            in.reset();
            if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return png(in);
            } else if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8) {
                return jpeg(in);
            } else if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
                return gif(in);
            } else if (n >= 2 && head[0] == 'B' && head[1] == 'M') {
                return bmp(in);
            } else if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                    && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
                return webp(in);
            }
            throw new IOException(file + ": not a PNG, JPEG, GIF, BMP or WebP image (unknown header)");
        } catch (EOFException e) {
            throw new IOException(file + ": the image header is truncated", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static int[] png(DataInputStream in) throws IOException {
        in.skipNBytes(8);
        int length = in.readInt();
        byte[] type = new byte[4];
        in.readFully(type);
        if (length < 8 || type[0] != 'I' || type[1] != 'H' || type[2] != 'D' || type[3] != 'R') {
            throw new IOException("PNG: the first chunk is not IHDR");
        }
        return checked(in.readInt(), in.readInt(), "PNG");
    }

    private static int[] jpeg(DataInputStream in) throws IOException {
        in.skipNBytes(2);
        long read = 2;
        while (read < JPEG_SCAN_LIMIT) {
            int b = in.readUnsignedByte();
            read++;
            if (b != 0xFF) {
                throw new IOException("JPEG: expected a marker at byte " + (read - 1));
            }
            int marker = in.readUnsignedByte();
            read++;
            while (marker == 0xFF) {
                marker = in.readUnsignedByte();
                read++;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                throw new IOException("JPEG: no SOF segment before the image data");
            }
            int length = in.readUnsignedShort();
            read += 2;
            if (length < 2) {
                throw new IOException("JPEG: segment length " + length + " is invalid");
            }
            boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (sof) {
                in.readUnsignedByte();
                int height = in.readUnsignedShort();
                int width = in.readUnsignedShort();
                return checked(width, height, "JPEG");
            }
            in.skipNBytes(length - 2L);
            read += length - 2L;
        }
        throw new IOException("JPEG: no SOF segment in the first " + JPEG_SCAN_LIMIT + " bytes");
    }

    private static int[] gif(DataInputStream in) throws IOException {
        in.skipNBytes(6);
        return checked(le16(in), le16(in), "GIF");
    }

    private static int[] bmp(DataInputStream in) throws IOException {
        in.skipNBytes(14);
        int headerSize = le32(in);
        if (headerSize == 12) {
            return checked(le16(in), le16(in), "BMP");
        }
        int width = le32(in);
        int height = le32(in);
        return checked(width, Math.abs(height), "BMP");
    }

    private static int[] webp(DataInputStream in) throws IOException {
        in.skipNBytes(12);
        byte[] chunk = in.readNBytes(4);
        String type = new String(chunk, java.nio.charset.StandardCharsets.US_ASCII);
        in.skipNBytes(4);
        switch (type) {
            case "VP8 " -> {
                in.skipNBytes(6);
                return checked(le16(in) & 0x3fff, le16(in) & 0x3fff, "WebP");
            }
            case "VP8L" -> {
                in.skipNBytes(1);
                int b0 = in.readUnsignedByte();
                int b1 = in.readUnsignedByte();
                int b2 = in.readUnsignedByte();
                int b3 = in.readUnsignedByte();
                int width = 1 + (b0 | (b1 & 0x3f) << 8);
                int height = 1 + ((b1 >> 6) | b2 << 2 | (b3 & 0x0f) << 10);
                return checked(width, height, "WebP");
            }
            case "VP8X" -> {
                in.skipNBytes(4);
                return checked(1 + le24(in), 1 + le24(in), "WebP");
            }
            default -> throw new IOException("WebP: unknown chunk '" + type + "'");
        }
    }

    private static int le16(DataInputStream in) throws IOException {
        int a = in.readUnsignedByte();
        return a | in.readUnsignedByte() << 8;
    }

    private static int le24(DataInputStream in) throws IOException {
        int a = le16(in);
        return a | in.readUnsignedByte() << 16;
    }

    private static int le32(DataInputStream in) throws IOException {
        int a = le16(in);
        return a | le16(in) << 16;
    }

    private static int[] checked(int width, int height, String kind) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IOException(kind + ": size " + width + "x" + height + " is not positive");
        }
        return new int[] {width, height};
    }
}
