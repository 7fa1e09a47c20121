package dev.promptcanvas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged launcher {@code target/promptcanvas/bin/promptcanvas} as a user would. */
class DistributionIT {

    private static final Path DIST = Path.of(System.getProperty("promptcanvas.dist", "target/promptcanvas"));

    @TempDir
    Path tmp;

    record Result(int code, String out) {
    }

    private Result launch(List<String> prefix, String jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(DIST.resolve("bin/promptcanvas").toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PROMPTCANVAS_OPTS", jvmOptions);
        pb.environment().put("PROMPTCANVAS_HOME", tmp.resolve("home").toString());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private Path photos() throws IOException {
        Path dir = tmp.resolve("photos");
        Files.createDirectories(dir);
        for (String name : new String[] {"coffee.png", "coins.png"}) {
            try (InputStream in = getClass().getResourceAsStream("/dev/promptcanvas/resources/sample/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir;
    }

    @Test
    void versionAndInfoRunWithoutJavaFx() throws Exception {
        Result version = launch(List.of(), "-Xlog:class+load=info", "--version");
        assertThat(version.code()).as(version.out()).isZero();
        assertThat(version.out()).contains("PromptCanvas 0.");
        assertThat(version.out()).doesNotContain("javafx.application");

        Path photos = photos();
        assertThat(launch(List.of(), "", "init", photos.toString()).code()).isZero();
        Result info = launch(List.of(), "-Xlog:class+load=info", "info", photos.toString());
        assertThat(info.code()).as(info.out()).isZero();
        assertThat(info.out()).contains("Images       2");
        assertThat(info.out()).doesNotContain("javafx.application.Platform");
    }

    @Test
    void badInputExitsWithTwo() throws Exception {
        Result r = launch(List.of(), "", "info", tmp.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("nowhere");
    }

    @Test
    void windowOpensOnTheSampleProjectUnderXvfb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is not installed");
        Path shot = tmp.resolve("shot.png");
        Result r = launch(List.of("xvfb-run", "-a"),
                "-Dpromptcanvas.exitAfterMs=2500 -Dpromptcanvas.screenshot=" + shot);
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).contains("PromptCanvas window shown");
        assertThat(Files.size(shot)).isGreaterThan(10_000);
        assertThat(Files.exists(tmp.resolve("home/data/sample-project/promptcanvas.db"))).isTrue();
    }
}
