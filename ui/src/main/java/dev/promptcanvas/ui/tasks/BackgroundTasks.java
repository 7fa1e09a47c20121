package dev.promptcanvas.ui.tasks;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import org.controlsfx.control.TaskProgressView;

/**
 * Long work off the FX thread: {@link Task}s run on a bounded pool of daemon threads and are listed, queued or
 * running, until they end; a ControlsFX {@link TaskProgressView} shows them with a cancel button each, and
 * {@link #node()} is a compact status-bar entry that opens it. Failures end up in {@link #lastFailureProperty()}.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService executor;
    private final int threads;
    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> readOnlyTasks = FXCollections.unmodifiableObservableList(tasks);
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper("");
    private TaskProgressView<Task<?>> view;
    private TaskStatusNode statusNode;

    /** A pool of {@code threads} threads; work beyond that waits in order, shown as queued. */
    public BackgroundTasks(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("background tasks: threads must be positive, got " + threads);
        }
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "background-task-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        this.executor = pool;
    }

    /** Two threads, or one on a single-core machine. */
    public static BackgroundTasks withDefaultThreads() {
        return new BackgroundTasks(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public int threads() {
        return threads;
    }

    /** Lists and starts a task; may be called from any thread. */
    public <T> Task<T> submit(Task<T> task) {
        return submit(task, () -> { });
    }

    private <T> Task<T> submit(Task<T> task, Runnable wireOnFx) {
        runOnFx(() -> {
            wireOnFx.run();
            tasks.add(task);
            if (view != null) {
                view.getTasks().add(task);
            }
            task.stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.CANCELLED
                        || state == Worker.State.FAILED) {
                    tasks.remove(task);
                }
                if (state == Worker.State.FAILED) {
                    Throwable e = task.getException();
                    lastFailure.set(task.getTitle() + ": " + (e == null ? "failed"
                            : e.getMessage() == null ? e.toString() : e.getMessage()));
                }
            });
            executor.execute(task);
        });
        return task;
    }

    /**
     * Runs {@code work} as a titled task; {@code onSuccess} gets its result and {@code onFailure} its exception,
     * both on the FX thread (either may be null). Returns the task, e.g. to cancel it.
     */
    public <T> Task<T> submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(title, work);
        return submit(task, () -> {
            if (onSuccess != null) {
                task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
            }
            if (onFailure != null) {
                task.setOnFailed(e -> onFailure.accept(task.getException()));
            }
        });
    }

    /** The tasks queued or running now (FX thread only). */
    public ObservableList<Task<?>> tasks() {
        return readOnlyTasks;
    }

    /** "title: message" of the last task that failed. */
    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    /** The ControlsFX progress list of the tasks, each with a cancel button (made on first call, FX thread). */
    public TaskProgressView<Task<?>> progressView() {
        if (view == null) {
            view = new TaskProgressView<>();
            view.getTasks().setAll(List.copyOf(tasks));
        }
        return view;
    }

    /** A compact entry for the status bar: hidden when idle, else a progress bar and a count that open the list. */
    public Node node() {
        if (statusNode == null) {
            statusNode = new TaskStatusNode(tasks, this::progressView);
        }
        return statusNode.node();
    }

    /** Cancels every queued and running task. */
    public void cancelAll() {
        runOnFx(() -> List.copyOf(tasks).forEach(Task::cancel));
    }

    /** Cancels everything and stops the threads. */
    @Override
    public void close() {
        cancelAll();
        executor.shutdownNow();
    }

    private static void runOnFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** A piece of work that can report progress and should stop early once cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** What work sees of its task (any thread may call these). */
    public interface Progress {
        /** {@code done} of {@code total} units; a negative total means "unknown". */
        void update(double done, double total);

        void message(String text);

        boolean isCancelled();
    }

    /** A Task running a {@link Work}, giving it its protected progress methods. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final Work<T> work;

        WorkTask(String title, Work<T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(double done, double total) {
            updateProgress(done, total);
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }
}
