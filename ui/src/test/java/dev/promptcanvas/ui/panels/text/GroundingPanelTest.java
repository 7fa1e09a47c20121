package dev.promptcanvas.ui.panels.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.AddCaption;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.AddImages;
import dev.promptcanvas.annotations.store.AddPhrase;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.ui.actions.ActionId;
import dev.promptcanvas.ui.actions.ShortcutDispatcher;
import dev.promptcanvas.ui.session.WorkbenchSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Text tab's editors on a real SQLite project, driven with mouse and keyboard (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class GroundingPanelTest {

    private static final String TEXT = "a man holding a red cup";

    private ProjectStore store;
    private WorkbenchSession session;
    private GroundingPanel panel;
    private ImageRecord image;
    private Annotation man;
    private Annotation woman;
    private Annotation cup;
    private Category person;
    private int accepted;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("pc-text-panel");
        store = ProjectStore.create(dir);
        image = store.apply(new AddImages(List.of(new ImageRecord(0, "a.png", 400, 300, "")))).get(0);
        Category thing = store.apply(new AddCategory(new Category(0, "cup", "#2266ff", null, null)));
        person = store.apply(new AddCategory(new Category(0, "person", "#ff2200", null, null)));
        cup = store.apply(new AddAnnotation(Annotation.of(image.id(), thing.id(), new Box(10, 10, 40, 40))));
        man = store.apply(new AddAnnotation(Annotation.of(image.id(), person.id(), new Box(50, 20, 150, 280))));
        woman = store.apply(new AddAnnotation(Annotation.of(image.id(), person.id(), new Box(200, 20, 300, 280))));
        session = new WorkbenchSession(store);
        panel = new GroundingPanel(session);
        Scene scene = new Scene(panel, 560, 760);
        // the workbench's own shortcut routing, bound as WorkbenchActions binds it
        ShortcutDispatcher shortcuts = new ShortcutDispatcher();
        shortcuts.bind(ActionId.UNDO.defaultKeys(), "undo", session::undo);
        shortcuts.bind(ActionId.REDO.defaultKeys(), "redo", session::redo);
        shortcuts.bind(ActionId.DELETE.defaultKeys(), "delete", session::deleteSelected);
        shortcuts.bind(ActionId.ACCEPT.defaultKeys(), "accept", () -> accepted++);
        shortcuts.install(scene);
        stage.setScene(scene);
        stage.show();
        session.currentImageProperty().set(image);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    private TextArea area(FxRobot robot) {
        return robot.lookup("#caption-text").queryAs(TextArea.class);
    }

    private Caption onlyCaption() {
        assertThat(store.captions(image.id())).hasSize(1);
        return store.captions(image.id()).get(0);
    }

    private void undo(FxRobot robot) {
        robot.interact(session::undo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void redo(FxRobot robot) {
        robot.interact(session::redo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addEditAndDeleteACaptionEachUndoable(FxRobot robot) {
        robot.clickOn("#caption-text").write("a dog").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Caption added = onlyCaption();
        assertThat(added.text()).isEqualTo("a dog");
        assertThat(added.source()).isEqualTo(Source.human());
        assertThat(robot.lookup("#caption-list").queryListView().getItems()).containsExactly(added);

        robot.write(" sleeps").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onlyCaption()).isEqualTo(new Caption(added.id(), image.id(), "a dog sleeps", Source.human()));
        assertThat(store.undoLabels()).first().isEqualTo("Edit caption");

        undo(robot);
        assertThat(onlyCaption().text()).isEqualTo("a dog");
        assertThat(area(robot).getText()).isEqualTo("a dog");
        redo(robot);
        assertThat(area(robot).getText()).isEqualTo("a dog sleeps");

        robot.clickOn("#new-caption").write("two dogs").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("a dog sleeps", "two dogs");

        ListView<?> list = robot.lookup("#caption-list").queryListView();
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("two dogs");
        undo(robot);
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("a dog sleeps", "two dogs");
    }

    @Test
    void linkingSelectedWordsStoresAPhraseColouredLikeItsRegion(FxRobot robot) {
        robot.interact(() -> store.apply(new AddCaption(new Caption(0, image.id(), TEXT, null))));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#caption-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));
        long captionId = onlyCaption().id();
        // both noun phrases are spotted and not linked
        assertThat(panel.captions().preview().unlinked()).extracting(s -> TEXT.substring(s.start(), s.end()))
                .containsExactly("a man", "a red cup");

        int start = TEXT.indexOf("a red cup");
        robot.interact(() -> {
            session.select(cup);
            area(robot).requestFocus();
            area(robot).selectRange(start, start + "a red cup ".length() - 1);
        });
        robot.clickOn("#link-selected");
        WaitForAsyncUtils.waitForFxEvents();
        List<GroundedPhrase> phrases = store.phrases(captionId);
        assertThat(phrases).hasSize(1);
        GroundedPhrase p = phrases.get(0);
        assertThat(p.start()).isEqualTo(14);
        assertThat(p.end()).isEqualTo(23);
        assertThat(TEXT.substring(p.start(), p.end())).isEqualTo("a red cup");
        assertThat(p.annotationIds()).containsExactly(cup.id());
        assertThat(panel.captions().preview().unlinked()).extracting(s -> TEXT.substring(s.start(), s.end()))
                .containsExactly("a man");
        Label coloured = panel.captions().preview().getChildren().stream().filter(Label.class::isInstance)
                .map(Label.class::cast).findFirst().orElseThrow();
        assertThat(coloured.getText()).isEqualTo("a red cup");
        assertThat(coloured.getStyle()).contains("rgba(34,102,255,");

        // the same words again with the keyboard shortcut: one more region on the same phrase
        robot.interact(() -> {
            session.select(man);
            area(robot).requestFocus();
            area(robot).selectRange(14, 23);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.phrases(captionId)).containsExactly(new GroundedPhrase(p.id(), captionId, 14, 23,
                List.of(cup.id(), man.id())));

        // selecting the phrase highlights its regions on the canvas
        ListView<?> phraseList = robot.lookup("#phrase-list").queryListView();
        robot.interact(() -> phraseList.getSelectionModel().select(0));
        assertThat(session.highlighted()).containsOnlyKeys(cup.id(), man.id());

        undo(robot);
        assertThat(store.phrases(captionId)).containsExactly(p);
        undo(robot);
        assertThat(store.phrases(captionId)).isEmpty();
        redo(robot);
        assertThat(store.phrases(captionId)).containsExactly(p);

        robot.clickOn(phraseList);
        robot.interact(() -> phraseList.getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.phrases(captionId)).isEmpty();
    }

    @Test
    void editingTheCaptionShiftsPhrasesAndDropsTouchedOnesInOneUndoStep(FxRobot robot) throws Exception {
        Caption c = store.apply(new AddCaption(new Caption(0, image.id(), TEXT, null)));
        GroundedPhrase aMan = store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 0, 5, List.of(man.id()))));
        GroundedPhrase aCup = store.apply(new AddPhrase(new GroundedPhrase(0, c.id(), 14, 23, List.of(cup.id()))));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#caption-list").queryListView();
        robot.interact(() -> list.getSelectionModel().select(0));

        // "a man" -> "the tall man": the first phrase is touched and dropped, the cup moves 7 right
        robot.interact(() -> area(robot).setText("the tall man holding a red cup"));
        // the preview already shows the moved phrase before saving
        assertThat(panel.captions().livePhrases()).containsExactly(new GroundedPhrase(aCup.id(), c.id(), 21, 30,
                List.of(cup.id())));
        robot.clickOn("#caption-text").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.caption(c.id()).orElseThrow().text()).isEqualTo("the tall man holding a red cup");
        assertThat(store.phrases(c.id())).containsExactly(new GroundedPhrase(aCup.id(), c.id(), 21, 30,
                List.of(cup.id())));

        undo(robot);
        assertThat(store.caption(c.id()).orElseThrow().text()).isEqualTo(TEXT);
        assertThat(store.phrases(c.id())).containsExactly(aMan, aCup);
        assertThat(area(robot).getText()).isEqualTo(TEXT);

        // shortening after the first phrase moves the second left
        robot.interact(() -> area(robot).setText("a man with a red cup"));
        robot.clickOn("#caption-list");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.phrases(c.id())).containsExactly(aMan, new GroundedPhrase(aCup.id(), c.id(), 11, 20,
                List.of(cup.id())));
    }

    @Test
    void expressionTargetsComeFromCandidatesAndAreNumberedOnTheCanvas(FxRobot robot) {
        robot.clickOn("#expression-text").write("the woman on the right").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expressions(image.id())).hasSize(1);
        ReferringExpression added = store.expressions(image.id()).get(0);
        assertThat(added.text()).isEqualTo("the woman on the right");
        assertThat(added.targetIds()).isEmpty();
        assertThat(added.domain()).isNull();

        // candidates default to every person, numbered in image order
        ComboBox<?> category = robot.lookup("#candidate-category").queryComboBox();
        assertThat(category.getValue()).isEqualTo(person);
        assertThat(panel.expressions().candidateList()).containsExactly(man, woman);

        CheckBox second = robot.lookup("#candidate-list .check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getText().startsWith("2 ")).findFirst().orElseThrow();
        robot.clickOn(second);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expression(added.id()).orElseThrow().targetIds()).containsExactly(woman.id());
        assertThat(session.highlighted()).isEqualTo(Map.of(woman.id(), "2"));
        ListView<?> list = robot.lookup("#expression-list").queryListView();
        assertThat(list.getItems()).hasSize(1);

        robot.interact(() -> category.getSelectionModel().clearSelection());
        assertThat(panel.expressions().candidateList()).containsExactly(cup, man, woman);
        assertThat(session.highlighted()).isEqualTo(Map.of(woman.id(), "3"));

        undo(robot);
        assertThat(store.expression(added.id()).orElseThrow().targetIds()).isEmpty();
        assertThat(session.highlighted()).isEmpty();
        redo(robot);
        assertThat(store.expression(added.id()).orElseThrow().targetIds()).containsExactly(woman.id());

        // text edit in place
        robot.doubleClickOn("#expression-text");
        robot.interact(() -> robot.lookup("#expression-text").queryTextInputControl().setText("the tall woman"));
        robot.clickOn("#expression-text").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expression(added.id()).orElseThrow().text()).isEqualTo("the tall woman");
    }

    @Test
    void noTargetIsAnExplicitChoiceAndDomainsAreTags(FxRobot robot) {
        robot.clickOn("#expression-text").write("the astronaut").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long id = store.expressions(image.id()).get(0).id();
        robot.interact(() -> panel.expressions().toggleTarget(man));
        assertThat(store.expression(id).orElseThrow().targetIds()).containsExactly(man.id());

        robot.clickOn("#no-target");
        WaitForAsyncUtils.waitForFxEvents();
        ReferringExpression rejected = store.expression(id).orElseThrow();
        assertThat(rejected.isNoTarget()).isTrue();
        assertThat(rejected.domain()).isEqualTo("rejection");
        assertThat(robot.lookup("#expression-list").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#expression-domain").queryComboBox().getValue()).isEqualTo("rejection");

        undo(robot);
        assertThat(store.expression(id).orElseThrow().targetIds()).containsExactly(man.id());
        assertThat(robot.lookup("#no-target").queryAs(CheckBox.class).isSelected()).isFalse();

        ComboBox<String> domain = robot.lookup("#expression-domain").queryComboBox();
        robot.interact(() -> domain.getSelectionModel().select("position"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expression(id).orElseThrow().domain()).isEqualTo("position");
        assertThat(store.expression(id).orElseThrow().targetIds()).containsExactly(man.id());
        undo(robot);
        assertThat(store.expression(id).orElseThrow().domain()).isNull();
        assertThat(domain.getValue()).isEqualTo("none");

        ListView<?> list = robot.lookup("#expression-list").queryListView();
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expressions(image.id())).isEmpty();
        undo(robot);
        assertThat(store.expressions(image.id())).hasSize(1);
    }

    @Test
    void workbenchShortcutsUndoTextEditsAndPanelKeysStayInThePanel(FxRobot robot) {
        robot.interact(() -> session.select(cup));
        robot.clickOn("#caption-text").write("a red").type(KeyCode.ENTER);
        robot.write(" cup").type(KeyCode.ENTER);
        // focus still in the saved caption: Ctrl+Z undoes the project edit, not just the typing
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("a red");
        assertThat(area(robot).getText()).isEqualTo("a red");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("a red cup");
        robot.clickOn("#expression-text").write("the cup").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(accepted).as("Enter in the text fields saves, it does not reach the workbench").isZero();
        assertThat(store.captions(image.id())).hasSize(1);
        assertThat(store.expressions(image.id())).hasSize(1);

        // Delete in the expression list deletes the expression, never the region selected on the canvas
        ListView<?> expressions = robot.lookup("#expression-list").queryListView();
        robot.clickOn(expressions);
        robot.interact(() -> expressions.getSelectionModel().select(0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expressions(image.id())).isEmpty();
        assertThat(store.annotation(cup.id())).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expressions(image.id())).hasSize(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.expressions(image.id())).isEmpty();
        assertThat(store.captions(image.id())).isEmpty();
        assertThat(robot.lookup("#caption-list").queryListView().getItems()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.captions(image.id())).extracting(Caption::text).containsExactly("a red");
        assertThat(robot.lookup("#caption-list").queryListView().getItems()).hasSize(1);
    }
}
