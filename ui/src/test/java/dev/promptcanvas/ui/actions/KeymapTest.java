package dev.promptcanvas.ui.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.ui.tools.ToolId;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeymapTest {

    @TempDir
    Path tmp;

    @Test
    void defaultsHaveNoConflictsAndParse() {
        Keymap keymap = Keymap.defaults();
        assertThat(keymap.conflicts()).isEmpty();
        for (String keys : keymap.all().values()) {
            assertThat(KeyCombination.valueOf(keys)).as(keys).isNotNull();
        }
    }

    @Test
    void fileOverridesAndReportsUnknownIds() throws Exception {
        Path file = tmp.resolve("keymap.properties");
        Files.writeString(file, "undo=Shortcut+U\ntool.box=Shift+B\nlabel.3=F3\nno-such-thing=X\n");
        Keymap keymap = Keymap.load(file);
        assertThat(keymap.keysFor(ActionId.UNDO)).isEqualTo("Shortcut+U");
        assertThat(keymap.keysFor(ToolId.BOX)).isEqualTo("Shift+B");
        assertThat(keymap.keysForLabel(3)).isEqualTo("F3");
        assertThat(keymap.keysFor(ActionId.REDO)).isEqualTo("Shortcut+Shift+Z");
        assertThat(keymap.problems()).singleElement().asString().contains("no-such-thing");
    }

    @Test
    void conflictsAreFound() throws Exception {
        Path file = tmp.resolve("keymap.properties");
        Files.writeString(file, "tool.box=V\n");
        assertThat(Keymap.load(file).conflicts()).singleElement().asString().contains("tool.select", "tool.box");
    }
}
