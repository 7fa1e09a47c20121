package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javax.imageio.ImageIO;

/**
 * Demo-script steps for the assistant (screenshots and smoke runs under Xvfb), words as in the workbench's demo
 * script: {@code assistant-endpoint URL MODEL}, {@code assistant-task caption|ground|reason|gcap},
 * {@code assistant-style ID}, {@code assistant-query TEXT..}, {@code assistant-frame F}, {@code assistant-dialect
 * D}, {@code assistant-display som|index}, {@code assistant-candidates LABEL}, {@code assistant-run},
 * {@code assistant-raw} (expand the raw answer), {@code assistant-accept N}, {@code assistant-lab STYLE,STYLE,..},
 * {@code assistant-lab-mark BEST WORST} (card numbers from 0), {@code assistant-lab-save},
 * {@code assistant-lab-shot FILE.png}.
 */
public final class AssistantDemo {

    private AssistantDemo() {
    }

    /** Whether the step is one of these. */
    public static boolean handles(String word) {
        return word.toLowerCase(Locale.ROOT).startsWith("assistant-");
    }

    /** Plays one step on the FX thread. */
    public static void step(AssistantPanel panel, String[] w) {
        TaskInputs in = panel.inputs();
        String rest = String.join(" ", Arrays.copyOfRange(w, 1, w.length));
        switch (w[0].toLowerCase(Locale.ROOT)) {
            case "assistant-endpoint" -> panel.useEndpoint(new VlmEndpoint("demo", URI.create(w[1]), w[2], null, null,
                    null, null, 0));
            case "assistant-task" -> in.task.setValue(switch (w[1]) {
                case "caption" -> AssistantTask.REGION_CAPTION;
                case "ground" -> AssistantTask.FIND_BY_EXPRESSION;
                case "reason" -> AssistantTask.REASONING_SEGMENTATION;
                default -> AssistantTask.GROUNDED_CAPTION;
            });
            case "assistant-style" -> in.style.setValue(w[1]);
            case "assistant-query" -> in.query.setText(rest);
            case "assistant-frame" -> in.frame.setValue(w[1]);
            case "assistant-dialect" -> in.dialect.setValue(w[1]);
            case "assistant-display" -> in.display.setValue(w[1].equals("index") ? TaskInputs.INDEX_LIST
                    : TaskInputs.SET_OF_MARK);
            case "assistant-candidates" -> in.candidateLabel.setValue(rest);
            case "assistant-run" -> panel.run();
            case "assistant-raw" -> ((javafx.scene.control.TitledPane) panel.lookup("#assistant-raw-pane"))
                    .setExpanded(true);
            case "assistant-accept" -> panel.accept(panel.suggestions().get(Integer.parseInt(w[1])));
            case "assistant-lab" -> {
                panel.openPromptLab();
                PromptLabDialog lab = panel.lastPromptLab();
                if (lab != null) {
                    List<VisualPromptStyle> styles = Arrays.stream(w[1].split(","))
                            .map(id -> VisualPromptStyle.byId(id).orElseThrow()).toList();
                    lab.chooseStyles(styles);
                    lab.runLab();
                }
            }
            case "assistant-lab-mark" -> {
                PromptLabDialog lab = panel.lastPromptLab();
                lab.cards().get(Integer.parseInt(w[1])).bestButton().setSelected(true);
                lab.cards().get(Integer.parseInt(w[2])).worstButton().setSelected(true);
            }
            case "assistant-lab-save" -> panel.lastPromptLab().savePair();
            case "assistant-lab-shot" -> save(panel.lastPromptLab(), Path.of(w[1]));
            default -> System.err.println("promptcanvas: unknown assistant demo step " + w[0]);
        }
    }

    private static void save(PromptLabDialog lab, Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ImageIO.write(SwingFXUtils.fromFXImage(lab.getScene().snapshot(null), null), "png", file.toFile());
            System.out.println("Screenshot saved to " + file);
        } catch (IOException e) {
            System.err.println("promptcanvas: cannot save screenshot " + file + ": " + e.getMessage());
        }
    }
}
