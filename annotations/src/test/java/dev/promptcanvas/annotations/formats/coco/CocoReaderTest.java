package dev.promptcanvas.annotations.formats.coco;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoReaderTest {

    @TempDir
    Path dir;

    private ReadResult read(String json) throws Exception {
        Path file = dir.resolve("instances.json");
        Files.writeString(file, json);
        return new CocoFormat().read(file, ReadOptions.defaults());
    }

    private static final String INSTANCES = """
            {"info": {"year": 2024}, "licenses": [],
             "images": [{"id": 42, "file_name": "a/b.jpg", "width": 20, "height": 10, "license": 1},
                        {"id": 7, "file_name": "c.png", "width": 4, "height": 4}],
             "annotations": [
               {"id": 100, "image_id": 42, "category_id": 3, "iscrowd": 0, "area": 12.5,
                "segmentation": [[1, 1, 6, 1, 4, 5], [10.5, 2, 15, 2.25, 12, 8, 11, 7]], "bbox": [1, 1, 14, 7]},
               {"id": 101, "image_id": 7, "category_id": 9, "segmentation": {"size": [4, 4], "counts": "52203"},
                "iscrowd": 0},
               {"id": 102, "image_id": 7, "category_id": 3, "segmentation": {"size": [4, 4], "counts": [5, 2, 2, 2, 5]},
                "iscrowd": 1},
               {"id": 103, "image_id": 42, "category_id": 9, "bbox": [1, 2, 3, 4], "score": 0.75},
               {"id": 104, "image_id": 42, "category_id": 9, "segmentation": [], "bbox": [2, 2, 1, 1],
                "attributes": {"occluded": false, "note": "x", "track": {"id": 4}}},
               {"id": 105, "image_id": 42, "category_id": 3, "segmentation": [[2, 3, 2, 7, 9, 7, 9, 3]]}
             ],
             "categories": [{"id": 3, "name": "cat", "supercategory": "animal"},
                            {"id": 9, "name": "dog", "supercategory": ""}]}
            """;

    @Test
    void readsImagesWithLocalIdsInFileOrder() throws Exception {
        Dataset d = read(INSTANCES).dataset();
        assertThat(d.images()).containsExactly(new ImageRecord(1, "a/b.jpg", 20, 10, ""),
                new ImageRecord(2, "c.png", 4, 4, ""));
        assertThat(d.categories()).extracting(Category::id, Category::name, Category::supercategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "cat", "animal"),
                        org.assertj.core.groups.Tuple.tuple(2L, "dog", null));
        assertThat(d.annotations()).extracting(Annotation::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void polygonsBecomeOnePartPerRing() throws Exception {
        Annotation a = read(INSTANCES).dataset().annotations().get(0);
        assertThat(a.imageId()).isEqualTo(1);
        assertThat(a.categoryId()).isEqualTo(1);
        Polygon p = (Polygon) a.geometry();
        assertThat(p.parts()).hasSize(2);
        assertThat(p.parts().get(0).shell()).isEqualTo(Ring.of(1, 1, 6, 1, 4, 5));
        assertThat(p.parts().get(1).shell()).isEqualTo(Ring.of(10.5, 2, 15, 2.25, 12, 8, 11, 7));
        assertThat(p.hasHoles()).isFalse();
    }

    @Test
    void compressedAndUncompressedRleGiveTheSameMask() throws Exception {
        Dataset d = read(INSTANCES).dataset();
        Rle centre = Rle.ofCounts(4, 4, new int[] {5, 2, 2, 2, 5});
        assertThat(d.annotations().get(1).geometry()).isEqualTo(new Mask(centre));
        assertThat(d.annotations().get(1).crowd()).isFalse();
        assertThat(d.annotations().get(2).geometry()).isEqualTo(new Mask(centre));
        assertThat(d.annotations().get(2).crowd()).isTrue();
        assertThat(d.annotations().get(2).imageId()).isEqualTo(2);
    }

    @Test
    void bboxOnlyAnnotationsBecomeBoxesAndKeepScoreAndAttributes() throws Exception {
        Dataset d = read(INSTANCES).dataset();
        Annotation scored = d.annotations().get(3);
        assertThat(scored.geometry()).isEqualTo(new Box(1, 2, 4, 6));
        assertThat(scored.score()).isEqualTo(0.75);
        Annotation cvat = d.annotations().get(4);
        assertThat(cvat.geometry()).isEqualTo(new Box(2, 2, 3, 3));
        assertThat(cvat.attributes()).isEqualTo(Map.of("occluded", "false", "note", "x", "track", "{\"id\":4}"));
    }

    @Test
    void aSingleAxisAlignedRectangleRingBecomesABox() throws Exception {
        assertThat(read(INSTANCES).dataset().annotations().get(5).geometry()).isEqualTo(new Box(2, 3, 9, 7));
    }

    @Test
    void captionsFilesGiveCaptions() throws Exception {
        Dataset d = read("""
                {"images": [{"id": 5, "file_name": "x.jpg", "width": 3, "height": 3},
                            {"id": 6, "file_name": "y.jpg", "width": 3, "height": 3}],
                 "annotations": [{"id": 1, "image_id": 6, "caption": "A dog on a sofa."},
                                 {"id": 2, "image_id": 5, "caption": "Two cats."}]}
                """).dataset();
        assertThat(d.annotations()).isEmpty();
        assertThat(d.captions()).extracting(Caption::imageId, Caption::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "A dog on a sofa."),
                        org.assertj.core.groups.Tuple.tuple(1L, "Two cats."));
    }

    @Test
    void sectionsMayComeInAnyOrder() throws Exception {
        Dataset d = read("""
                {"annotations": [{"id": 1, "image_id": 9, "category_id": 4, "bbox": [0, 0, 1, 1]}],
                 "categories": [{"id": 4, "name": "thing"}],
                 "images": [{"id": 9, "file_name": "z.jpg", "width": 2, "height": 2}]}
                """).dataset();
        assertThat(d.annotations()).singleElement().satisfies(a -> {
            assertThat(a.imageId()).isEqualTo(1);
            assertThat(a.categoryId()).isEqualTo(1);
        });
    }

    @Test
    void shapesReachingOutsideTheImageAreClipped() throws Exception {
        Dataset d = read("""
                {"images": [{"id": 1, "file_name": "z.jpg", "width": 10, "height": 10}],
                 "categories": [{"id": 1, "name": "thing"}],
                 "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "segmentation": [[-5, -5, 5, -5, 5, 5]]},
                                 {"id": 2, "image_id": 1, "category_id": 1, "bbox": [8, -2, 5, 4]}]}
                """).dataset();
        Polygon clipped = (Polygon) d.annotations().get(0).geometry();
        assertThat(clipped.area()).isEqualTo(12.5);
        assertThat(clipped.bounds()).isEqualTo(new Box(0, 0, 5, 5));
        assertThat(d.annotations().get(1).geometry()).isEqualTo(new Box(8, 0, 10, 2));
    }

    @Test
    void largeFilesStreamWithoutTrouble() throws IOException, Exception {
        StringBuilder json = new StringBuilder("{\"images\": [{\"id\": 1, \"file_name\": \"big.jpg\", \"width\": 640,"
                + " \"height\": 480}], \"categories\": [{\"id\": 1, \"name\": \"a\"}], \"annotations\": [");
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": ").append(i + 1)
                    .append(", \"image_id\": 1, \"category_id\": 1, \"segmentation\": [[")
                    .append(i % 600).append(", 10, ").append(i % 600 + 30).append(", 10, ").append(i % 600 + 15)
                    .append(", 60]]}");
        }
        json.append("]}");
        ReadResult result = read(json.toString());
        assertThat(result.dataset().annotations()).hasSize(n);
        assertThat(result.skipped()).isEmpty();
    }
}
