package dev.promptcanvas.annotations.formats.voc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.geometry.Box;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocBadInputTest {

    @TempDir
    Path dir;

    private static String xml(String objects) {
        return "<annotation><filename>a.jpg</filename><size><width>40</width><height>30</height><depth>3</depth>"
                + "</size>" + objects + "</annotation>";
    }

    private static String object(String name, String xmin, String ymin, String xmax, String ymax) {
        return "<object><name>" + name + "</name><difficult>0</difficult><bndbox><xmin>" + xmin + "</xmin><ymin>"
                + ymin + "</ymin><xmax>" + xmax + "</xmax><ymax>" + ymax + "</ymax></bndbox></object>";
    }

    private FormatException failure(String content) throws Exception {
        Path file = dir.resolve("a.xml");
        Files.writeString(file, content);
        try {
            new VocFormat().read(file, ReadOptions.defaults());
        } catch (FormatException e) {
            assertThat(e.file()).isEqualTo(file);
            return e;
        }
        throw new AssertionError("no error for " + content);
    }

    @Test
    void errorsNameTheFileAndElement() throws Exception {
        assertThat(failure(xml(object("x", "1", "1", "5", "5") + object("y", "1", "abc", "5", "5"))).field())
                .isEqualTo("annotation/object[1]/bndbox/ymin");
        assertThat(failure(xml("<object><name>x</name></object>")).field()).isEqualTo("annotation/object[0]/bndbox");
        assertThat(failure(xml(object("", "1", "1", "5", "5"))).field()).isEqualTo("annotation/object[0]/name");
        assertThat(failure(xml(object("x", "9", "1", "5", "5"))).getMessage()).contains("lie before xmin");
        assertThat(failure(xml(object("x", "100", "100", "120", "120"))).getMessage())
                .contains("wholly outside");
        assertThat(failure("<annotation><filename>a.jpg</filename><size><width>0</width><height>3</height></size>"
                + "</annotation>").field()).isEqualTo("annotation/size/width");
        assertThat(failure("<annotation><size><width>4</width><height>3</height></size></annotation>").field())
                .isEqualTo("annotation/filename");
        FormatException malformed = failure("<annotation><filename>a.jpg</filename>\n<size></annotation>");
        assertThat(malformed.field()).startsWith("line 2");
        assertThat(malformed.getMessage()).contains("malformed XML");
        assertThat(failure("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<annotation>&e;</annotation>").getMessage()).contains("DOCTYPE");
    }

    @Test
    void skipInvalidKeepsTheGoodObjectsAndClipsBoxesAtTheBorder() throws Exception {
        Path file = dir.resolve("a.xml");
        Files.writeString(file, xml(object("x", "1", "1", "50", "5") + object("y", "1", "1", "5", "")));
        ReadResult r = new VocFormat().read(dir, new ReadOptions(null, true));
        assertThat(r.dataset().annotations()).hasSize(1);
        assertThat(r.dataset().annotations().get(0).geometry()).isEqualTo(new Box(0, 0, 40, 5));
        assertThat(r.skipped()).extracting(Skipped::field).containsExactly("annotation/object[1]/bndbox/ymax");
        assertThatThrownBy(() -> new VocFormat().read(dir, ReadOptions.defaults()))
                .hasMessageContaining("a.xml").hasMessageContaining("annotation/object[1]/bndbox/ymax");
    }
}
