package dev.promptcanvas.inference.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.prompt.PointPrompt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory LRU by bytes, disk hits (float16 and float32), corrupt and truncated files. */
class EmbeddingCacheTest {

    @TempDir
    Path tmp;

    static ImageEmbedding embedding(String hash, int floats, long seed) {
        Random r = new Random(seed);
        float[] data = new float[floats];
        for (int i = 0; i < floats; i++) {
            data[i] = (float) r.nextGaussian() * 3;
        }
        byte[] px = new byte[12];
        r.nextBytes(px);
        return new ImageEmbedding("m1", hash, 640, 480, List.of(
                EmbeddingTensor.ofFloats("image_embed", new int[] {1, floats}, data),
                EmbeddingTensor.ofBytes("bgr", new int[] {2, 2, 3}, px)), new StageTimings(1, 2, 0, 0));
    }

    @Test
    void memoryIsBoundedInBytesAndEvictsTheLeastRecentlyUsed() {
        long each = embedding("a", 1000, 1).byteSize();
        EmbeddingCache c = new EmbeddingCache(3 * each, null, true);
        c.put(embedding("a", 1000, 1), true);
        c.put(embedding("b", 1000, 2), true);
        c.put(embedding("c", 1000, 3), true);
        assertThat(c.get("m1", "a")).isPresent(); // a is now the most recent
        c.put(embedding("d", 1000, 4), true);
        assertThat(c.get("m1", "b")).isEmpty();
        assertThat(c.get("m1", "a")).isPresent();
        assertThat(c.get("m1", "c")).isPresent();
        assertThat(c.get("m1", "d")).isPresent();
        assertThat(c.stats().memoryBytes()).isLessThanOrEqualTo(3 * each);
        assertThat(c.stats().memoryEntries()).isEqualTo(3);
        assertThat(c.get("m2", "a")).as("the model id is part of the key").isEmpty();
    }

    @Test
    void diskHitsReturnTheSameDataFloat32ExactlyFloat16Closely() {
        for (boolean half : new boolean[] {false, true}) {
            Path dir = tmp.resolve(half ? "f16" : "f32");
            ImageEmbedding e = embedding("img", 5000, 9);
            new EmbeddingCache(1 << 20, dir, half).put(e, false);
            EmbeddingCache fresh = new EmbeddingCache(1 << 20, dir, half);
            ImageEmbedding back = fresh.get("m1", "img").orElseThrow();
            assertThat(fresh.stats().diskHits()).isEqualTo(1);
            assertThat(back.imageWidth()).isEqualTo(640);
            assertThat(back.require("bgr").bytes()).containsExactly(e.require("bgr").bytes());
            float[] a = e.require("image_embed").floats();
            float[] b = back.require("image_embed").floats();
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).isCloseTo(a[i], within(half ? Math.abs(a[i]) / 1000 + 1e-4f : 0f));
            }
            assertThat(fresh.get("m1", "img")).isPresent();
            assertThat(fresh.stats().memoryHits()).isEqualTo(1);
        }
    }

    @Test
    void float16ConversionRoundsToNearest() {
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            float f = (float) (r.nextGaussian() * Math.pow(10, r.nextInt(9) - 4));
            float back = Half.toFloat(Half.fromFloat(f));
            float ulp = Math.abs(f) < 0x1p-14f ? 0x1p-24f : Math.ulp(f) * 8192;
            assertThat(Math.abs(back - f)).as("%s", f).isLessThanOrEqualTo(ulp / 2 + 1e-12f);
        }
        assertThat(Half.toFloat(Half.fromFloat(65504f))).isEqualTo(65504f);
        assertThat(Half.toFloat(Half.fromFloat(1e6f))).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(Half.toFloat(Half.fromFloat(-0f))).isEqualTo(-0f);
    }

    @Test
    void corruptOrTruncatedFilesAreDeletedAndRebuilt() throws IOException {
        try (Sam2OnnxSegmenter plain = Fixtures.open("fixture7")) {
            EmbeddingCache cache = new EmbeddingCache(1 << 30, tmp.resolve("emb"), true);
            Sam2OnnxSegmenter sam = plain;
            var img = Fixtures.solid(200, 100, 0x336699);
            ImageEmbedding first = withCache(cache, img, sam);
            Path file = cache.diskFile(sam.modelId(), "photo");
            assertThat(file).exists();
            for (int mode = 0; mode < 3; mode++) {
                byte[] bytes = Files.readAllBytes(file);
                if (mode == 0) {
                    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
                } else if (mode == 1) {
                    bytes[bytes.length / 3] ^= 0x55;
                    Files.write(file, bytes);
                } else {
                    Files.writeString(file, "garbage");
                }
                cache.clearMemory();
                assertThat(cache.get(sam.modelId(), "photo")).isEmpty();
                assertThat(file).doesNotExist();
                ImageEmbedding rebuilt = withCache(cache, img, sam);
                assertThat(file).exists();
                assertThat(rebuilt.require("image_embed").floats()[7]).isEqualTo(first.require("image_embed").floats()[7]);
            }
            assertThat(cache.stats().corruptFilesDeleted()).isEqualTo(3);
            // the rebuilt embedding decodes like the original one
            var click = List.<dev.promptcanvas.annotations.prompt.Prompt>of(new PointPrompt(50, 50, true));
            cache.clearMemory();
            ImageEmbedding fromDisk = cache.get(sam.modelId(), "photo").orElseThrow();
            assertThat(sam.decode(fromDisk, click, null).best().mask())
                    .isEqualTo(sam.decode(first, click, null).best().mask());
        }
    }

    @Test
    void segmenterEncodeUsesTheCacheAndDiskHitIsFast() {
        EmbeddingCache cache = new EmbeddingCache(1 << 30, tmp.resolve("emb2"), true);
        try (Sam2OnnxSegmenter sam = Sam2OnnxSegmenter.open(dev.promptcanvas.inference.models.InstalledModel
                .open(Fixtures.dir("fixture7")), new Sam2Options(dev.promptcanvas.inference.models.DevicePreference.CPU,
                1, cache))) {
            var img = Fixtures.solid(64, 64, 0x102030);
            ImageEmbedding a = sam.encode(img, "h1");
            ImageEmbedding b = sam.encode(img, "h1");
            assertThat(b).isSameAs(a);
            assertThat(cache.stats().memoryHits()).isEqualTo(1);
            cache.clearMemory();
            ImageEmbedding c = sam.encode(img, "h1");
            assertThat(cache.stats().diskHits()).isEqualTo(1);
            assertThat(c.timings().encodeMs()).as("disk load time").isLessThan(2000);
        }
    }

    private static ImageEmbedding withCache(EmbeddingCache cache, java.awt.image.BufferedImage img,
                                            Sam2OnnxSegmenter sam) {
        var hit = cache.get(sam.modelId(), "photo");
        if (hit.isPresent()) {
            return hit.get();
        }
        ImageEmbedding e = sam.encode(img, "photo");
        cache.put(e, true);
        return e;
    }
}
