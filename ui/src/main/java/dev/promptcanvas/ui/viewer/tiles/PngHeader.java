package dev.promptcanvas.ui.viewer.tiles;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The chunks of a PNG before its image data: size, colour type, bit depth, palette. Reading stops at the first
 * IDAT chunk, whose length is kept so the caller can stream the data.
 */
final class PngHeader {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    static final int IHDR = 0x49484452;
    static final int PLTE = 0x504C5445;
    static final int TRNS = 0x74524E53;
    static final int IDAT = 0x49444154;

    final int width;
    final int height;
    final int bitDepth;
    final int colorType;
    final boolean interlaced;
    /** Palette entries as premultiplied ARGB (colour type 3 only). */
    final int[] palette;
    /** True when a tRNS chunk gives a transparent colour for grey or RGB images. */
    final boolean colorKey;
    /** Length of the first IDAT chunk, whose data follows in the stream. */
    final int firstIdatLength;

    private PngHeader(int width, int height, int bitDepth, int colorType, boolean interlaced, int[] palette,
                      boolean colorKey, int firstIdatLength) {
        this.width = width;
        this.height = height;
        this.bitDepth = bitDepth;
        this.colorType = colorType;
        this.interlaced = interlaced;
        this.palette = palette;
        this.colorKey = colorKey;
        this.firstIdatLength = firstIdatLength;
    }

    static boolean hasSignature(byte[] start) {
        return start.length >= 8 && Arrays.equals(Arrays.copyOf(start, 8), SIGNATURE);
    }

    /** Reads the signature and the chunks up to the first IDAT's data. */
    static PngHeader read(DataInputStream in, Path file) throws IOException {
        byte[] signature = new byte[8];
        in.readFully(signature);
        if (!hasSignature(signature)) {
            throw new IOException(file + ": not a PNG file (bad signature)");
        }
        int width = -1;
        int height = -1;
        int bitDepth = 0;
        int colorType = -1;
        boolean interlaced = false;
        int[] palette = null;
        boolean colorKey = false;
        try {
            while (true) {
                int length = in.readInt();
                int type = in.readInt();
                if (length < 0) {
                    throw new IOException(file + ": PNG chunk length " + length + " is negative");
                }
                if (type == IDAT) {
                    if (width <= 0 || height <= 0) {
                        throw new IOException(file + ": PNG image data comes before a valid IHDR");
                    }
                    return new PngHeader(width, height, bitDepth, colorType, interlaced, palette, colorKey, length);
                }
                byte[] data = length <= 4096 || type == PLTE || type == TRNS || type == IHDR ? new byte[length] : null;
                if (data == null) {
                    in.skipNBytes(length);
                } else {
                    in.readFully(data);
                }
                in.skipNBytes(4);
                if (type == IHDR) {
                    if (length < 13) {
                        throw new IOException(file + ": PNG IHDR chunk is " + length + " bytes, needs 13");
                    }
                    width = readInt(data, 0);
                    height = readInt(data, 4);
                    bitDepth = data[8] & 0xFF;
                    colorType = data[9] & 0xFF;
                    interlaced = data[12] != 0;
                } else if (type == PLTE) {
                    palette = new int[256];
                    Arrays.fill(palette, 0xFF000000);
                    for (int i = 0; i < Math.min(256, length / 3); i++) {
                        palette[i] = 0xFF000000 | (data[3 * i] & 0xFF) << 16 | (data[3 * i + 1] & 0xFF) << 8
                                | (data[3 * i + 2] & 0xFF);
                    }
                } else if (type == TRNS) {
                    if (colorType == 3 && palette != null) {
                        for (int i = 0; i < Math.min(256, length); i++) {
                            int p = palette[i];
                            palette[i] = Argb.premultiply(data[i] & 0xFF, p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
                        }
                    } else {
                        colorKey = true;
                    }
                }
            }
        } catch (EOFException e) {
            throw new IOException(file + ": PNG ends before its image data", e);
        }
    }

    /** Channels per pixel of the colour type, or 0 for an invalid one. */
    int channels() {
        return switch (colorType) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 0;
        };
    }

    /** Whether {@link PngRegionDecoder} handles this file; others go through ImageIO. */
    boolean streamable() {
        boolean depthOk = bitDepth == 8 || (bitDepth == 16 && colorType != 3);
        return !interlaced && depthOk && channels() > 0 && !colorKey && (colorType != 3 || palette != null);
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
