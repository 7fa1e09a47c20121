package dev.promptcanvas.ui;

import dev.promptcanvas.ui.actions.ActionId;
import dev.promptcanvas.ui.actions.Keymap;
import dev.promptcanvas.ui.actions.ShortcutDispatcher;
import dev.promptcanvas.ui.tools.ToolId;
import dev.promptcanvas.ui.tools.ToolKey;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Menus, the tool bar and the key bindings of a workbench window, all from ActionId/ToolId and the keymap. */
final class WorkbenchActions {

    /** What the window asks of the application: open another project, list recent ones, switch theme. */
    interface Host {
        void openFolderDialog();

        void open(Path project);

        List<Path> recentProjects();

        void toggleTheme();

        void quit();
    }

    private final WorkbenchWindow window;
    private final Host host;

    WorkbenchActions(WorkbenchWindow window, Host host) {
        this.window = window;
        this.host = host;
    }

    MenuBar menuBar() {
        Menu recent = new Menu("Recent projects");
        recent.setOnShowing(e -> recent.getItems().setAll(host.recentProjects().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(a -> host.open(p));
            return item;
        }).toList()));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem importDataset = plain("Import dataset…", () -> new dev.promptcanvas.ui.io.ImportDatasetDialog(
                window.session().store(), window.tasks(), window.session().messageProperty()::set)
                .show(window.root().getScene().getWindow()));
        importDataset.setId("import-dataset");
        importDataset.setDisable(window.session().store().isReadOnly());
        MenuItem exportDataset = plain("Export dataset…", () -> new dev.promptcanvas.ui.io.ExportDatasetDialog(
                window.session().store(), window.tasks(), window.session().messageProperty()::set)
                .show(window.root().getScene().getWindow()));
        exportDataset.setId("export-dataset");
        Menu file = new Menu("File", null, item(ActionId.OPEN_FOLDER, host::openFolderDialog), recent,
                importDataset, exportDataset,
                plain("Export preference pairs…", () -> dev.promptcanvas.ui.assistant.PreferenceExport.choose(
                        window.session(), window.root().getScene().getWindow())),
                item(ActionId.QUIT, host::quit));
        Menu edit = new Menu("Edit", null, item(ActionId.UNDO, () -> window.session().undo()),
                item(ActionId.REDO, () -> window.session().redo()),
                item(ActionId.DELETE, window::delete), item(ActionId.LABEL_PICKER, window::showLabelPicker),
                item(ActionId.MARK_DONE, () -> window.browser().toggleDone()));
        Menu view = new Menu("View", null, item(ActionId.NEXT_IMAGE, () -> window.browser().next()),
                item(ActionId.PREVIOUS_IMAGE, () -> window.browser().previous()),
                item(ActionId.FIT, () -> window.viewer().fit()),
                item(ActionId.ACTUAL_SIZE, () -> window.viewer().actualSize()),
                item(ActionId.TOGGLE_THEME, host::toggleTheme));
        Menu toolsMenu = new Menu("Tools");
        for (ToolId t : ToolId.values()) {
            MenuItem m = new MenuItem(t.label() + "   (" + window.keymap().keysFor(t) + ")",
                    new FontIcon(t.icon()));
            m.setOnAction(e -> window.activeToolProperty().set(t));
            toolsMenu.getItems().add(m);
        }
        MenuItem segmenter = new MenuItem();
        segmenter.textProperty().bind(window.segmentation().modelDescriptionProperty());
        segmenter.setDisable(true);
        MenuItem panel = new MenuItem("Model panel…");
        panel.setOnAction(e -> window.selectTab("Model"));
        MenuItem preEncode = new MenuItem("Pre-encode all images");
        preEncode.setId("pre-encode-all");
        preEncode.setOnAction(e -> window.preEncodeAll());
        MenuItem lab = new MenuItem("Prompt lab…");
        lab.setId("prompt-lab");
        lab.setOnAction(e -> {
            window.selectTab("Assistant");
            window.assistant().openPromptLab();
        });
        Menu models = new Menu("Models", null, segmenter, panel, preEncode, lab);
        Menu help = new Menu("Help", null, item(ActionId.SHORTCUTS, this::showShortcuts),
                plain("First-run guide", this::showGuide), plain("About PromptCanvas", this::showAbout));
        return new MenuBar(file, edit, view, toolsMenu, models, help);
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar();
        ToggleGroup group = new ToggleGroup();
        for (ToolId t : ToolId.values()) {
            if (t == ToolId.PROMPT_POSITIVE) {
                bar.getItems().add(new Separator());
            }
            ToggleButton b = new ToggleButton(null, new FontIcon(t.icon()));
            b.setId("tool-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(t.label() + " (" + window.keymap().keysFor(t) + ")"));
            b.setSelected(window.activeToolProperty().get() == t);
            b.setOnAction(e -> window.activeToolProperty().set(t));
            window.activeToolProperty().addListener((obs, o, n) -> b.setSelected(n == t));
            bar.getItems().add(b);
        }
        bar.getItems().add(new Separator());
        bar.getItems().add(button(ActionId.UNDO, () -> window.session().undo()));
        bar.getItems().add(button(ActionId.REDO, () -> window.session().redo()));
        bar.getItems().add(button(ActionId.FIT, () -> window.viewer().fit()));
        return bar;
    }

    void bindShortcuts(ShortcutDispatcher d, Keymap keymap) {
        bind(d, keymap, ActionId.OPEN_FOLDER, host::openFolderDialog);
        bind(d, keymap, ActionId.QUIT, host::quit);
        bind(d, keymap, ActionId.UNDO, () -> window.session().undo());
        bind(d, keymap, ActionId.REDO, () -> window.session().redo());
        bind(d, keymap, ActionId.REDO_ALT, () -> window.session().redo());
        bind(d, keymap, ActionId.DELETE, window::delete);
        bind(d, keymap, ActionId.ACCEPT, window::accept);
        bind(d, keymap, ActionId.CANCEL, window::cancel);
        bind(d, keymap, ActionId.NEXT_IMAGE, () -> window.browser().next());
        bind(d, keymap, ActionId.PREVIOUS_IMAGE, () -> window.browser().previous());
        bind(d, keymap, ActionId.FIT, () -> window.viewer().fit());
        bind(d, keymap, ActionId.ACTUAL_SIZE, () -> window.viewer().actualSize());
        bind(d, keymap, ActionId.LABEL_PICKER, window::showLabelPicker);
        bind(d, keymap, ActionId.BRUSH_SMALLER, () -> window.toolKey(ToolKey.BRUSH_SMALLER));
        bind(d, keymap, ActionId.BRUSH_LARGER, () -> window.toolKey(ToolKey.BRUSH_LARGER));
        bind(d, keymap, ActionId.TOGGLE_THEME, host::toggleTheme);
        bind(d, keymap, ActionId.NEXT_CANDIDATE, window::nextCandidate);
        bind(d, keymap, ActionId.MARK_DONE, () -> window.browser().toggleDone());
        bind(d, keymap, ActionId.SHORTCUTS, this::showShortcuts);
        d.bind("Back_Space", "Remove last vertex or prompt", window::backspace);
        for (ToolId t : ToolId.values()) {
            d.bind(keymap.keysFor(t), "Tool: " + t.label(), () -> window.activeToolProperty().set(t));
        }
        for (int i = 1; i <= 9; i++) {
            int n = i;
            d.bind(keymap.keysForLabel(i), "Label " + i, () -> window.useLabel(n));
        }
        List<String> problems = new java.util.ArrayList<>(keymap.problems());
        problems.addAll(keymap.conflicts().stream().map(c -> "Key conflict " + c).toList());
        if (!problems.isEmpty()) {
            window.session().messageProperty().set(String.join("; ", problems));
        }
    }

    private void bind(ShortcutDispatcher d, Keymap keymap, ActionId id, Runnable action) {
        d.bind(keymap.keysFor(id), id.label(), action);
    }

    private MenuItem item(ActionId id, Runnable action) {
        String keys = window.keymap().keysFor(id);
        MenuItem m = new MenuItem(id.label() + (keys == null ? "" : "   (" + keys + ")"), new FontIcon(id.icon()));
        m.setOnAction(e -> action.run());
        return m;
    }

    private static MenuItem plain(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToggleButton button(ActionId id, Runnable action) {
        ToggleButton b = new ToggleButton(null, new FontIcon(id.icon()));
        b.setTooltip(new Tooltip(id.label() + " (" + window.keymap().keysFor(id) + ")"));
        b.setOnAction(e -> {
            b.setSelected(false);
            action.run();
        });
        return b;
    }

    private void showShortcuts() {
        new ShortcutsDialog(window.shortcuts().describe(), window.keymap()).show(window.root().getScene().getWindow());
    }

    private void showAbout() {
        new dev.promptcanvas.ui.help.AboutDialog(dev.promptcanvas.ui.help.AboutInfo.current(
                window.segmentation().modelDescriptionProperty().get()),
                dev.promptcanvas.ui.help.ThirdPartyComponents.load()).show(window.root().getScene().getWindow());
    }

    private void showGuide() {
        new dev.promptcanvas.ui.help.FirstRunGuide(dev.promptcanvas.ui.help.FirstRunGuide.Places.standard(),
                dev.promptcanvas.ui.help.FirstRun.standard()).show(window.root().getScene().getWindow());
    }

}
