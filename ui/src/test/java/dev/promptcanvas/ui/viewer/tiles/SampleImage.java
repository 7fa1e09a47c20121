package dev.promptcanvas.ui.viewer.tiles;

import java.nio.file.Path;
import java.util.Random;

/** Random raw samples in one PNG colour type, with the premultiplied ARGB each pixel should decode to. */
final class SampleImage {

    final int width;
    final int height;
    final int colorType;
    final int bitDepth;
    final byte[] samples;
    final byte[] plte;
    final byte[] trns;

    SampleImage(int width, int height, int colorType, int bitDepth, long seed) {
        this.width = width;
        this.height = height;
        this.colorType = colorType;
        this.bitDepth = bitDepth;
        Random random = new Random(seed);
        int channels = switch (colorType) {
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> 1;
        };
        samples = new byte[width * height * channels * bitDepth / 8];
        random.nextBytes(samples);
        if (colorType == 3) {
            plte = new byte[256 * 3];
            random.nextBytes(plte);
            trns = new byte[100];
            random.nextBytes(trns);
        } else {
            plte = null;
            trns = null;
        }
    }

    Path writeTo(Path file) throws Exception {
        TestPngs.write(file, width, height, colorType, bitDepth, samples, plte, trns);
        return file;
    }

    /** The expected premultiplied ARGB of pixel (x, y), computed straight from the samples. */
    int expected(int x, int y) {
        int bytesPerSample = bitDepth / 8;
        int channels = samples.length / (width * height * bytesPerSample);
        int base = (y * width + x) * channels * bytesPerSample;
        int[] c = new int[channels];
        for (int i = 0; i < channels; i++) {
            c[i] = samples[base + i * bytesPerSample] & 0xFF;
        }
        return switch (colorType) {
            case 2 -> pre(255, c[0], c[1], c[2]);
            case 6 -> pre(c[3], c[0], c[1], c[2]);
            case 0 -> pre(255, c[0], c[0], c[0]);
            case 4 -> pre(c[1], c[0], c[0], c[0]);
            default -> {
                int i = c[0];
                int alpha = i < trns.length ? trns[i] & 0xFF : 255;
                yield pre(alpha, plte[3 * i] & 0xFF, plte[3 * i + 1] & 0xFF, plte[3 * i + 2] & 0xFF);
            }
        };
    }

    private static int pre(int a, int r, int g, int b) {
        return a << 24 | (int) Math.round(r * a / 255.0) << 16 | (int) Math.round(g * a / 255.0) << 8
                | (int) Math.round(b * a / 255.0);
    }
}
