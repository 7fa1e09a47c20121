package dev.promptcanvas.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BackgroundTasksTest {

    private final BackgroundTasks tasks = new BackgroundTasks(2);
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 500, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> resultOnFx = new CompletableFuture<>();
        CompletableFuture<Integer> result = new CompletableFuture<>();
        tasks.submit("sum", p -> {
            workOnFx.complete(javafx.application.Platform.isFxApplicationThread());
            p.update(1, 2);
            return 40 + 2;
        }, value -> {
            resultOnFx.complete(javafx.application.Platform.isFxApplicationThread());
            result.complete(value);
        }, null);
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(42);
        assertThat(workOnFx.get()).isFalse();
        assertThat(resultOnFx.get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.tasks()).isEmpty();
    }

    @Test
    void aFailureReachesItsHandlerAndTheLastFailureLine() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        tasks.submit("import labels", p -> {
            throw new IllegalStateException("labels.json: field 'name' is missing");
        }, v -> { }, failure::complete);
        assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessageContaining("labels.json");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.lastFailureProperty().get()).isEqualTo("import labels: labels.json: field 'name' is missing");
    }

    @Test
    void noMoreThanThePoolSizeRunAtOnceAndTheRestWaitListed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Task<Integer>> submitted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            submitted.add(tasks.submit("job " + i, p -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                release.await(10, TimeUnit.SECONDS);
                running.decrementAndGet();
                return n;
            }, null, null));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> running.get() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.tasks()).hasSize(6);
        Thread.sleep(100);
        assertThat(most.get()).isEqualTo(2);
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> submitted.stream().allMatch(Task::isDone));
        for (int i = 0; i < 6; i++) {
            assertThat(submitted.get(i).get()).isEqualTo(i);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.tasks()).isEmpty();
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void theCancelButtonOfTheProgressViewStopsTheTask(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger loops = new AtomicInteger();
        Task<String> task = tasks.submit("endless", p -> {
            started.countDown();
            p.message("looping");
            while (!p.isCancelled()) {
                loops.incrementAndGet();
                Thread.sleep(5);
            }
            return "stopped";
        }, null, null);
        WaitForAsyncUtils.asyncFx(() -> root.getChildren().setAll(new javafx.scene.layout.VBox(tasks.node(), tasks.progressView()))).get();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Node status = robot.lookup("#background-tasks").query();
        assertThat(status.isVisible()).isTrue();
        robot.clickOn(".task-cancel-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, task::isCancelled);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tasks.tasks()).isEmpty();
        assertThat(tasks.progressView().getTasks()).isEmpty();
        assertThat(status.isVisible()).isFalse();
        int after = loops.get();
        Thread.sleep(60);
        assertThat(loops.get()).as("the work loop stopped").isLessThanOrEqualTo(after + 1);
    }
}
