package dev.promptcanvas.ui;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.tools.ToolId;
import dev.promptcanvas.ui.tools.ToolInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Plays a small script against the running workbench (for README screenshots and smoke runs under Xvfb), one line
 * per step, 400 ms apart: {@code image NAME}, {@code tool ID}, {@code label NAME}, {@code select N} (N-th annotation of the image),
 * {@code drag X1 Y1 X2 Y2} and {@code click X Y} (image pixels, through the active tool), {@code zoom FACTOR},
 * {@code theme}, {@code accept} (Enter), {@code wait} (one more pause), {@code shot FILE.png}, {@code quit}. Enabled by {@code -Dpromptcanvas.demo=FILE}.
 */
final class DemoScript {

    private final WorkbenchApp app;
    private final Scene scene;
    private final Deque<String> steps;

    private DemoScript(WorkbenchApp app, Scene scene, List<String> lines) {
        this.app = app;
        this.scene = scene;
        this.steps = new ArrayDeque<>(lines.stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }

    static void startIfRequested(WorkbenchApp app, Scene scene) {
        String file = System.getProperty("promptcanvas.demo");
        if (file == null) {
            return;
        }
        try {
            new DemoScript(app, scene, Files.readAllLines(Path.of(file))).next();
        } catch (IOException e) {
            System.err.println("promptcanvas: cannot read demo script " + file + ": " + e.getMessage());
        }
    }

    private void next() {
        if (steps.isEmpty()) {
            return;
        }
        PauseTransition pause = new PauseTransition(Duration.millis(400));
        pause.setOnFinished(e -> {
            String step = steps.poll();
            try {
                run(step.split("\\s+"));
            } catch (RuntimeException ex) {
                System.err.println("promptcanvas: demo step '" + step + "' failed: " + ex);
            }
            next();
        });
        pause.play();
    }

    private void run(String[] w) {
        WorkbenchWindow window = app.window();
        switch (w[0].toLowerCase(Locale.ROOT)) {
            case "image" -> window.session().images().stream().filter(i -> i.fileName().equals(w[1])).findFirst()
                    .ifPresent(i -> window.session().currentImageProperty().set(i));
            case "tool" -> window.activeToolProperty().set(ToolId.valueOf(w[1].toUpperCase(Locale.ROOT)));
            case "select" -> {
                List<Annotation> anns = window.session().currentAnnotations();
                int n = Integer.parseInt(w[1]);
                window.session().select(n < anns.size() ? anns.get(n) : null);
            }
            case "drag" -> {
                var tool = window.currentTool();
                double[] p = numbers(w);
                tool.pressed(ToolInput.at(p[0], p[1]));
                tool.dragged(ToolInput.at((p[0] + p[2]) / 2, (p[1] + p[3]) / 2));
                tool.dragged(ToolInput.at(p[2], p[3]));
                tool.released(ToolInput.at(p[2], p[3]));
            }
            case "move" -> {
                double[] p = numbers(w);
                window.currentTool().moved(ToolInput.at(p[0], p[1]));
            }
            case "click" -> {
                double[] p = numbers(w);
                window.currentTool().pressed(ToolInput.at(p[0], p[1]));
                window.currentTool().released(ToolInput.at(p[0], p[1]));
            }
            case "zoom" -> window.viewer().viewport().zoomAt(window.viewer().getWidth() / 2,
                    window.viewer().getHeight() / 2, Double.parseDouble(w[1]));
            case "label" -> window.session().categories().stream().filter(c -> c.name().equals(w[1])).findFirst()
                    .ifPresent(c -> window.session().currentCategoryProperty().set(c));
            case "tab" -> window.selectTab(String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length)));
            case "theme" -> app.toggleTheme();
            case "shot" -> SmokeHooks.save(scene, Path.of(w[1]));
            case "accept" -> window.accept();
            case "wait" -> { }
            case "about" -> new dev.promptcanvas.ui.help.AboutDialog(dev.promptcanvas.ui.help.AboutInfo.current(
                    window.segmentation().modelDescriptionProperty().get()),
                    dev.promptcanvas.ui.help.ThirdPartyComponents.load()).show(scene.getWindow());
            case "quit" -> Platform.exit();
            default -> {
                if (dev.promptcanvas.ui.assistant.AssistantDemo.handles(w[0])) {
                    dev.promptcanvas.ui.assistant.AssistantDemo.step(window.assistant(), w);
                } else {
                    System.err.println("promptcanvas: unknown demo step " + w[0]);
                }
            }
        }
        window.viewer().requestRepaint();
    }

    private static double[] numbers(String[] w) {
        double[] out = new double[w.length - 1];
        for (int i = 1; i < w.length; i++) {
            out[i - 1] = Double.parseDouble(w[i]);
        }
        return out;
    }

}
