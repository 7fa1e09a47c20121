package dev.promptcanvas.annotations.formats.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes of images written by Pillow (test resources formats/headers, made by make_fixtures.py there). */
class ImageHeaderSizesTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws Exception {
        return Path.of(ImageHeaderSizesTest.class.getResource("/formats/headers/" + name).toURI());
    }

    @Test
    void readsTheSizeOfEveryFormat() throws Exception {
        String[][] cases = {{"rgb_37x21.png", "37", "21"}, {"baseline_45x19.jpg", "45", "19"},
            {"progressive_45x19.jpg", "45", "19"}, {"p_12x34.gif", "12", "34"}, {"rgb_13x7.bmp", "13", "7"},
            {"lossy_50x30.webp", "50", "30"}, {"lossless_51x31.webp", "51", "31"}};
        for (String[] c : cases) {
            ImageHeaderSizes.Size size = ImageHeaderSizes.read(fixture(c[0]));
            assertThat(size).as(c[0]).isEqualTo(new ImageHeaderSizes.Size(Integer.parseInt(c[1]),
                    Integer.parseInt(c[2])));
        }
    }

    @Test
    void unknownOrTruncatedFilesHaveNoSize() throws Exception {
        Path text = dir.resolve("x.png");
        Files.writeString(text, "not an image at all, just some text");
        assertThat(ImageHeaderSizes.read(text)).isNull();
        byte[] jpeg = Files.readAllBytes(fixture("baseline_45x19.jpg"));
        Path cut = dir.resolve("cut.jpg");
        Files.write(cut, java.util.Arrays.copyOf(jpeg, 40));
        assertThat(ImageHeaderSizes.read(cut)).isNull();
    }
}
