package dev.promptcanvas.ui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The third-party components shipped with PromptCanvas and their licences, read from the lists the build generates
 * ({@value #RESOURCE}, written by license-maven-plugin in every module that ships dependencies; all are merged).
 */
public final class ThirdPartyComponents {

    /** The classpath resource every module's generated list lives at. */
    public static final String RESOURCE = "META-INF/promptcanvas/third-party.tsv";

    /** One component: Maven coordinates (group:artifact), version, display name, licences, project URL. */
    public record Component(String coordinates, String version, String name, List<String> licences, String url) {
        public Component {
            licences = List.copyOf(licences);
        }
    }

    private ThirdPartyComponents() {
    }

    /** Every component listed by the generated resources visible to this class's loader, sorted by coordinates. */
    public static List<Component> load() {
        ClassLoader loader = ThirdPartyComponents.class.getClassLoader();
        Map<String, Component> byCoordinates = new LinkedHashMap<>();
        try {
            Enumeration<URL> lists = loader.getResources(RESOURCE);
            for (URL url : Collections.list(lists)) {
                try (Reader r = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                    for (Component c : parse(r, url.toString())) {
                        byCoordinates.putIfAbsent(c.coordinates(), c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        List<Component> all = new ArrayList<>(byCoordinates.values());
        all.sort(Comparator.comparing(Component::coordinates));
        return all;
    }

    /**
     * Parses one generated list: lines {@code group:artifact TAB version TAB name TAB licence | licence TAB url};
     * blank lines and {@code #} comments are skipped. A malformed line fails with the source and line number.
     */
    public static List<Component> parse(Reader reader, String source) throws IOException {
        List<Component> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4 || !f[0].contains(":") || f[1].isBlank()) {
                throw new IOException(source + " line " + number
                        + ": expected 'group:artifact<TAB>version<TAB>name<TAB>licences[<TAB>url]', got: " + line);
            }
            List<String> licences = new ArrayList<>();
            for (String l : f[3].split("\\|")) {
                if (!l.isBlank()) {
                    licences.add(l.strip());
                }
            }
            if (licences.isEmpty()) {
                throw new IOException(source + " line " + number + ": field 'licences' is empty for " + f[0]);
            }
            out.add(new Component(f[0].strip(), f[1].strip(), f[2].strip(), licences, f.length > 4 ? f[4].strip() : ""));
        }
        return out;
    }
}
