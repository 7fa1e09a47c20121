package dev.promptcanvas.benchmarks.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;

/** Starts headless JavaFX once per JVM and runs code on the FX thread, waiting for the result. */
final class Fx {

    /** The JVM flags every ui benchmark fork needs: Monocle's headless glass and Prism's software pipeline. */
    static final String[] HEADLESS = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"};

    private static boolean started;

    private Fx() {
    }

    /** Starts the toolkit; main() harnesses call {@link #useHeadlessProperties()} first. */
    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            up.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        started = true;
    }

    /** For main() harnesses, which have no JMH fork flags: the same settings as {@link #HEADLESS}. */
    static void useHeadlessProperties() {
        for (String flag : HEADLESS) {
            String[] kv = flag.substring(2).split("=", 2);
            System.setProperty(kv[0], kv[1]);
        }
    }

    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }
}
