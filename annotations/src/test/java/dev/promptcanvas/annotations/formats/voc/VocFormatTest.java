package dev.promptcanvas.annotations.formats.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.RandomDatasets;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class VocFormatTest {

    @TempDir
    Path out;

    private static String text(Element parent, String path) {
        Element e = parent;
        for (String name : path.split("/")) {
            e = (Element) e.getElementsByTagName(name).item(0);
        }
        return e.getTextContent();
    }

    @Test
    void writesOneXmlPerImageWithOneBasedInclusivePixels() throws Exception {
        List<ImageRecord> images = List.of(new ImageRecord(1, "photos/street.jpg", 100, 50, ""),
                new ImageRecord(2, "empty.png", 10, 10, ""));
        List<Category> categories = List.of(Category.named("person").withId(4), Category.named("car").withId(5));
        List<Annotation> annotations = List.of(
                new Annotation(1, 1, 4, new Box(0, 0, 100, 50), null, Source.human(), Review.ACCEPTED, false,
                        Map.of("difficult", "1", "truncated", "true"), null, null),
                Annotation.of(1, 5, Polygon.of(10.2, 5.6, 30.4, 5.6, 20, 40.5)).withId(2),
                Annotation.of(1, 5, new Point(3, 3)).withId(3));
        List<Skipped> skipped = new VocFormat().export(ExportSource.of(Dataset.of(images, categories, annotations)),
                out, WriteOptions.defaults(Path.of("/data/project")).withSplit("train", List.of("train")));
        assertThat(skipped).extracting(Skipped::field).containsExactly("annotation 3");

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("Annotations/street.xml").toFile());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("annotation");
        assertThat(text(root, "filename")).isEqualTo("street.jpg");
        assertThat(text(root, "folder")).isEqualTo("photos");
        assertThat(text(root, "path")).isEqualTo("/data/project/photos/street.jpg");
        assertThat(text(root, "size/width")).isEqualTo("100");
        assertThat(text(root, "size/height")).isEqualTo("50");
        assertThat(root.getElementsByTagName("object").getLength()).isEqualTo(2);
        Element whole = (Element) root.getElementsByTagName("object").item(0);
        assertThat(text(whole, "name")).isEqualTo("person");
        assertThat(text(whole, "pose")).isEqualTo("Unspecified");
        assertThat(text(whole, "difficult")).isEqualTo("1");
        assertThat(text(whole, "truncated")).isEqualTo("1");
        assertThat(List.of(text(whole, "xmin"), text(whole, "ymin"), text(whole, "xmax"), text(whole, "ymax")))
                .containsExactly("1", "1", "100", "50");
        Element tri = (Element) root.getElementsByTagName("object").item(1);
        assertThat(text(tri, "name")).isEqualTo("car");
        assertThat(text(tri, "difficult")).isEqualTo("0");
        assertThat(List.of(text(tri, "xmin"), text(tri, "ymin"), text(tri, "xmax"), text(tri, "ymax")))
                .containsExactly("11", "7", "30", "41");
        assertThat(out.resolve("Annotations/empty.xml")).exists();
        assertThat(out.resolve("ImageSets/Main/train.txt")).content().isEqualTo("street\nempty\n");
    }

    @Test
    void boxesRoundTripWithinHalfAPixelAndWholePixelBoxesExactly() throws Exception {
        RandomDatasets random = new RandomDatasets(8);
        List<ImageRecord> images = List.of(new ImageRecord(1, "a.jpg", 120, 80, ""),
                new ImageRecord(2, "b.jpg", 33, 200, ""));
        List<Category> categories = List.of(Category.named("x").withId(1), Category.named("y").withId(2));
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ImageRecord image = images.get(i % 2);
            Box box = i % 3 == 0 ? random.integerBox(image.width(), image.height())
                    : random.box(image.width(), image.height());
            Map<String, String> attributes = i % 5 == 0 ? Map.of("difficult", "1") : Map.of();
            annotations.add(new Annotation(i + 1, image.id(), 1 + i % 2, box, null, Source.human(),
                    Review.ACCEPTED, false, attributes, null, null));
        }
        Dataset d = Dataset.of(images, categories, annotations);
        new VocFormat().export(ExportSource.of(d), out, WriteOptions.defaults(null));
        ReadResult back = new VocFormat().read(out, ReadOptions.defaults());
        assertThat(back.skipped()).isEmpty();
        Dataset r = back.dataset();
        assertThat(r.images()).extracting(ImageRecord::path).containsExactly("a.jpg", "b.jpg");
        assertThat(r.annotations()).hasSize(200);
        List<Annotation> expected = new ArrayList<>(annotations.stream().filter(a -> a.imageId() == 1).toList());
        expected.addAll(annotations.stream().filter(a -> a.imageId() == 2).toList());
        for (int k = 0; k < expected.size(); k++) {
            Annotation before = expected.get(k);
            Annotation after = r.annotations().get(k);
            Box b = (Box) before.geometry();
            Box a = (Box) after.geometry();
            double tol = (before.id() - 1) % 3 == 0 ? 0 : 0.5 + 1e-9;
            assertThat(new double[] {a.x1(), a.y1(), a.x2(), a.y2()})
                    .containsExactly(new double[] {b.x1(), b.y1(), b.x2(), b.y2()}, within(tol));
            assertThat(r.categories().get((int) after.categoryId() - 1).name())
                    .isEqualTo(categories.get((int) before.categoryId() - 1).name());
            assertThat(after.attributes()).isEqualTo(before.attributes());
        }
    }

    @Test
    void imagesInJpegImagesAreFound() throws Exception {
        Files.createDirectories(out.resolve("JPEGImages"));
        Files.writeString(out.resolve("JPEGImages/a.jpg"), "x");
        new VocFormat().export(ExportSource.of(Dataset.of(List.of(new ImageRecord(1, "a.jpg", 5, 5, "")),
                List.of(Category.named("x").withId(1)), List.of())), out, WriteOptions.defaults(null));
        assertThat(new VocFormat().read(out, ReadOptions.defaults()).dataset().images())
                .extracting(ImageRecord::path).containsExactly("JPEGImages/a.jpg");
        assertThat(Files.readString(out.resolve("Annotations/a.xml"))).startsWith("<?xml")
                .contains("\n\t<size>\n\t\t<width>5</width>");
    }
}
