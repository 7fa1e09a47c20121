package dev.promptcanvas.annotations.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.PreferenceRecord;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferenceStoreTest {

    @TempDir
    Path dir;

    @Test
    void pairsAreStoredCompactedUndoneRedoneAndSurviveReopening() throws Exception {
        long imageId;
        try (ProjectStore store = ProjectStore.create(dir)) {
            List<ImageRecord> images = store.apply(new AddImages(Projects.images(2)));
            imageId = images.get(1).id();
            PreferenceRecord stored = store.apply(new AddPreference(new PreferenceRecord(0, imageId,
                    "{ \"question\": \"what is it?\",\n \"chosen\": {\"style\": \"rectangle\"} }")));
            assertThat(stored.id()).isPositive();
            assertThat(stored.payload()).isEqualTo("{\"question\":\"what is it?\",\"chosen\":{\"style\":\"rectangle\"}}");
            assertThat(store.preferences(imageId)).containsExactly(stored);
            assertThat(store.undo()).contains("Add preference pair");
            assertThat(store.preferences()).isEmpty();
            store.redo();
            assertThat(store.preferences()).containsExactly(stored);
            assertThat(store.checkIntegrity()).isEmpty();
        }
        try (ProjectStore store = ProjectStore.open(dir)) {
            assertThat(store.preferences(imageId)).hasSize(1);
            store.apply(new DeletePreference(store.preferences().get(0).id()));
            assertThat(store.preferences()).isEmpty();
            store.undo();
            assertThat(store.preferences()).hasSize(1);
        }
    }

    @Test
    void deletingTheImageTakesItsPairsAlongAndUndoBringsThemBack() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            ImageRecord image = store.apply(new AddImages(Projects.images(1))).get(0);
            store.apply(new AddPreference(new PreferenceRecord(0, image.id(), "{\"a\":1}")));
            store.apply(new DeleteImages(List.of(image.id())));
            assertThat(store.preferences()).isEmpty();
            assertThat(store.checkIntegrity()).isEmpty();
            store.undo();
            assertThat(store.preferences()).extracting(PreferenceRecord::payload).containsExactly("{\"a\":1}");
        }
    }

    @Test
    void aPayloadThatIsNotAJsonObjectOrAMissingImageIsRefused() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir)) {
            ImageRecord image = store.apply(new AddImages(Projects.images(1))).get(0);
            assertThatThrownBy(() -> store.apply(new AddPreference(new PreferenceRecord(0, image.id(), "[1, 2]"))))
                    .hasMessageContaining("payload must be a JSON object");
            assertThatThrownBy(() -> store.apply(new AddPreference(new PreferenceRecord(0, image.id(), "{oops"))))
                    .hasMessageContaining("payload is not JSON");
            assertThatThrownBy(() -> store.apply(new AddPreference(new PreferenceRecord(0, 999, "{}"))))
                    .hasMessageContaining("999");
            assertThat(store.preferences()).isEmpty();
            assertThat(store.canUndo()).isTrue(); // only the AddImages step
            assertThat(store.undoLabels()).hasSize(1);
        }
    }
}
