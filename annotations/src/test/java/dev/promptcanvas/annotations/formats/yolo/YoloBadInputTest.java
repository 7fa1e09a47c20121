package dev.promptcanvas.annotations.formats.yolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloBadInputTest {

    @TempDir
    Path root;

    @BeforeEach
    void dataset() throws Exception {
        YoloWriterTest.writePngs(root, List.of(new ImageRecord(1, "images/train/a.png", 10, 10, ""),
                new ImageRecord(2, "images/train/b.png", 10, 10, "")));
        Files.createDirectories(root.resolve("labels/train"));
        Files.writeString(root.resolve("labels/train/b.txt"), "0 0.5 0.5 0.2 0.2\n");
        Files.writeString(root.resolve("data.yaml"), "path: .\ntrain: images/train\nnames:\n  - x\n  - y\n");
    }

    private FormatException failure(String labelLines) throws Exception {
        Files.writeString(root.resolve("labels/train/a.txt"), labelLines);
        try {
            new YoloFormat().read(root, ReadOptions.defaults());
        } catch (FormatException e) {
            return e;
        }
        throw new AssertionError("no error for " + labelLines);
    }

    @Test
    void errorsNameTheLabelFileLineAndField() throws Exception {
        FormatException e = failure("0 0.5 0.5 0.1 0.1\n2 0.5 0.5 0.1 0.1\n");
        assertThat(e.file()).isEqualTo(root.resolve("labels/train/a.txt"));
        assertThat(e.field()).isEqualTo("line 2: class");
        assertThat(e.getMessage()).contains("a.txt").contains("class id 2 is out of range");

        assertThat(failure("1 0.5 0.5 0.1\n").getMessage()).contains("line 1").contains("odd number of coordinates");
        assertThat(failure("\n1 0.1 0.1 0.9 0.1 0.5 1.2\n").field()).isEqualTo("line 2: y3");
        assertThat(failure("1 0.1 0.1 0.9 0.1 0.5 1.2\n").getMessage()).contains("outside [0, 1]");
        assertThat(failure("1 0.5 abc 0.1 0.1\n").field()).isEqualTo("line 1: cy");
        assertThat(failure("x 0.5 0.5 0.1 0.1\n").field()).isEqualTo("line 1: class");
        assertThat(failure("0 0.5 0.5 -0.1 0.1\n").field()).isEqualTo("line 1: w");
        assertThat(failure("0 0.5 0.5\n").getMessage()).contains("at least 3 points, got 1");
        assertThat(failure("0 0.5 0.5 NaN 0.1\n").field()).isEqualTo("line 1: w");
    }

    @Test
    void coordinatesJustOutsideTheImageAreClamped() throws Exception {
        Files.writeString(root.resolve("labels/train/a.txt"), "0 0.5 0.5 1.0005 0.4\n");
        ReadResult r = new YoloFormat().read(root, ReadOptions.defaults());
        assertThat(r.dataset().annotations().get(0).geometry().bounds().x1()).isZero();
        assertThat(r.dataset().annotations().get(0).geometry().bounds().x2()).isEqualTo(10);
    }

    @Test
    void skipInvalidLeavesOutBadLinesAndUnreadableImages() throws Exception {
        Files.writeString(root.resolve("labels/train/a.txt"), "0 0.5 0.5 0.1 0.1\n5 0.5 0.5 0.1 0.1\n");
        Files.writeString(root.resolve("images/train/c.png"), "not a png");
        ReadResult r = new YoloFormat().read(root, new ReadOptions(null, true));
        assertThat(r.dataset().images()).extracting(ImageRecord::path)
                .containsExactly("images/train/a.png", "images/train/b.png");
        assertThat(r.dataset().annotations()).hasSize(2);
        assertThat(r.skipped()).extracting(Skipped::field).containsExactly("line 2: class", "image header");
        Files.writeString(root.resolve("labels/train/a.txt"), "0 0.5 0.5 0.1 0.1\n");
        assertThatThrownBy(() -> new YoloFormat().read(root, ReadOptions.defaults()))
                .isInstanceOf(FormatException.class).hasMessageContaining("c.png");
    }

    @Test
    void badDataYamlNamesTheKey() throws Exception {
        Files.writeString(root.resolve("data.yaml"), "train: images/train\n");
        assertThatThrownBy(() -> new YoloFormat().read(root, ReadOptions.defaults()))
                .isInstanceOf(FormatException.class).hasMessageContaining("data.yaml").hasMessageContaining("names");
        Files.writeString(root.resolve("data.yaml"), "train: images/train\nnames: {0: a, 2: b}\n");
        assertThatThrownBy(() -> new YoloFormat().read(root, ReadOptions.defaults()))
                .hasMessageContaining("names").hasMessageContaining("1 is missing");
        Files.writeString(root.resolve("data.yaml"), "train: images/nowhere\nnames: [a]\n");
        assertThatThrownBy(() -> new YoloFormat().read(root, ReadOptions.defaults()))
                .hasMessageContaining("train").hasMessageContaining("nowhere");
        Files.delete(root.resolve("data.yaml"));
        assertThatThrownBy(() -> new YoloFormat().read(root, ReadOptions.defaults()))
                .hasMessageContaining("data.yaml");
    }
}
