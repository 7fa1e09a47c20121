package dev.promptcanvas.annotations.formats.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSizeGuardTest {

    @TempDir
    Path dir;

    @Test
    void aSparseMultiGigabyteFileIsRefusedWithItsSizeAndTheLimit() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(5_300_000_000L);
        }
        assertThatThrownBy(() -> InputSizeGuard.check(file, 8_000_000_000L))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("file is 5.3 GB; reading it needs about 10.6 GB of memory but this JVM may use"
                        + " at most 8.0 GB");
        assertThatCode(() -> InputSizeGuard.check(file, 11_000_000_000L)).doesNotThrowAnyException();
    }
}
