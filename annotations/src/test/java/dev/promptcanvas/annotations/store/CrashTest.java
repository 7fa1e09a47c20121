package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a writing JVM with SIGKILL in the middle of a stream of commits, then checks that every commit it reported
 * survived, that no commit is partial, that the file passes SQLite's integrity check, and that undo still works.
 */
class CrashTest {

    @TempDir
    Path dir;

    private final java.util.Random delays = new java.util.Random(17);

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        long image;
        long label;
        try (ProjectStore store = ProjectStore.create(dir)) {
            image = store.apply(new AddImages(Projects.images(1))).get(0).id();
            label = store.apply(new AddCategory(Category.named("x"))).id();
        }
        int next = 1;
        int[] killAfter = {40, 7, 120};
        for (int round = 0; round < killAfter.length; round++) {
            int lastReported = runAndKill(image, label, next, killAfter[round]);
            assertThat(lastReported).isGreaterThanOrEqualTo(next + killAfter[round] - 1);
            next = verify(image, lastReported);
        }
    }

    /** Starts the writer, waits for {@code lines} commits to be reported, kills it; returns the last reported. */
    private int runAndKill(long image, long label, int start, int lines) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(), dir.toString(), String.valueOf(image), String.valueOf(label),
                String.valueOf(start)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int last = start - 1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.US_ASCII))) {
            String ready = out.readLine();
            assertThat(ready).startsWith("ready ");
            // while the child writes, a second writer is refused and told the child's pid
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectStore.open(dir))
                    .hasMessageContaining("is open in another PromptCanvas (pid " + child.pid() + ")");
            int seen = 0;
            String line;
            while (seen < lines && (line = out.readLine()) != null) {
                last = Integer.parseInt(line.strip());
                seen++;
            }
            Thread.sleep(0, delays.nextInt(999_999)); // land the kill at varying points of the next commit
            // SIGKILL through the process handle (Process.destroyForcibly would also close our end of the pipe,
            // losing lines the child printed just before it died)
            child.toHandle().destroyForcibly();
            // lines already printed before the kill landed are committed too
            while ((line = out.readLine()) != null) {
                last = Integer.parseInt(line.strip());
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).isEqualTo(137);
        return last;
    }

    /** Checks the project after a kill; returns the next commit number to use. */
    private int verify(long image, int lastReported) throws Exception {
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.checkIntegrity()).isEmpty();
            Map<Integer, Integer> annotationsPerCommit = new HashMap<>();
            for (Annotation a : store.annotations(image)) {
                annotationsPerCommit.merge(Integer.parseInt(a.attributes().get("n")), 1, Integer::sum);
            }
            List<Caption> captions = store.captions(image);
            List<ReferringExpression> expressions = store.expressions(image);
            int newest = captions.stream().mapToInt(c -> Integer.parseInt(c.text().substring(7))).max().orElse(0);
            assertThat(newest).as("nothing reported was lost").isGreaterThanOrEqualTo(lastReported);
            assertThat(newest).as("at most the one unreported commit in flight").isLessThanOrEqualTo(lastReported + 1);
            for (int n = 1; n <= newest; n++) {
                assertThat(annotationsPerCommit.get(n)).as("annotations of commit " + n)
                        .isEqualTo(CrashWriterMain.ANNOTATIONS_PER_COMMIT);
            }
            assertThat(captions).hasSize(newest);
            assertThat(expressions).hasSize(newest)
                    .allSatisfy(e -> assertThat(e.targetIds()).hasSize(CrashWriterMain.ANNOTATIONS_PER_COMMIT));
            assertThat(store.counts().annotations()).isEqualTo((long) newest * CrashWriterMain.ANNOTATIONS_PER_COMMIT);
            assertThat(store.undoLabels()).first().isEqualTo("commit " + newest);
            store.undo();
            assertThat(store.captions(image)).hasSize(newest - 1);
            store.redo();
            assertThat(store.captions(image)).hasSize(newest);
            return newest + 1;
        }
    }
}
