package dev.promptcanvas.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyComponentsTest {

    @Test
    void theBuildGeneratedListNamesJavaFxAndOnnxRuntimeWithTheirLicences() {
        List<ThirdPartyComponents.Component> all = ThirdPartyComponents.load();
        assertThat(all).extracting(ThirdPartyComponents.Component::coordinates)
                .contains("org.openjfx:javafx-controls", "com.microsoft.onnxruntime:onnxruntime",
                        "org.openpnp:opencv", "org.xerial:sqlite-jdbc")
                .doesNotContain("org.testfx:testfx-junit5", "org.assertj:assertj-core")
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(find(all, "org.openjfx:javafx-controls").licences())
                .containsExactly("GPL-2.0 with Classpath Exception");
        assertThat(find(all, "com.microsoft.onnxruntime:onnxruntime").licences()).containsExactly("MIT");
        assertThat(all).allSatisfy(c -> assertThat(c.licences()).isNotEmpty());
    }

    @Test
    void parsesTabSeparatedLinesWithSeveralLicences() throws IOException {
        String text = "# comment\n\nnet.java.dev.jna:jna\t5.17.0\tJava Native Access\tApache-2.0 | LGPL-2.1\thttps://x\n";
        List<ThirdPartyComponents.Component> parsed = ThirdPartyComponents.parse(new StringReader(text), "t.tsv");
        assertThat(parsed).containsExactly(new ThirdPartyComponents.Component("net.java.dev.jna:jna", "5.17.0",
                "Java Native Access", List.of("Apache-2.0", "LGPL-2.1"), "https://x"));
    }

    @Test
    void aMalformedLineNamesTheSourceLineAndField() {
        assertThatThrownBy(() -> ThirdPartyComponents.parse(new StringReader("a:b\t1\tname\t \n"), "list.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("list.tsv line 1")
                .hasMessageContaining("'licences'");
        assertThatThrownBy(() -> ThirdPartyComponents.parse(new StringReader("# x\nnot a line\n"), "list.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("list.tsv line 2");
    }

    private static ThirdPartyComponents.Component find(List<ThirdPartyComponents.Component> all, String coords) {
        return all.stream().filter(c -> c.coordinates().equals(coords)).findFirst().orElseThrow();
    }
}
