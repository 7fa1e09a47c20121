package dev.promptcanvas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ProjectCounts;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ProjectPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas info DIR}: what a project holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Counts of images, annotations, categories, captions and expressions; missing image files.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
    Path dir;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ProjectStore store = ProjectArgs.open(dir, true)) {
            ProjectCounts c = store.counts();
            List<String> missing = store.images().stream()
                    .map(ImageRecord::path)
                    .filter(p -> !Files.isRegularFile(ProjectPaths.resolve(dir, p)))
                    .toList();
            var out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode node = mapper.createObjectNode();
                node.put("project", dir.toAbsolutePath().normalize().toString());
                node.put("schemaVersion", store.schemaVersion());
                node.put("images", c.images());
                node.put("annotations", c.annotations());
                node.put("categories", c.categories());
                node.put("captions", c.captions());
                node.put("phrases", c.phrases());
                node.put("expressions", c.expressions());
                node.put("promptRecords", c.promptRecords());
                missing.forEach(node.putArray("missingImages")::add);
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            } else {
                out.printf("Project      %s (schema %d)%n", dir.toAbsolutePath().normalize(), store.schemaVersion());
                out.printf("Images       %d%n", c.images());
                out.printf("Annotations  %d%n", c.annotations());
                out.printf("Categories   %d%n", c.categories());
                out.printf("Captions     %d%n", c.captions());
                out.printf("Phrases      %d%n", c.phrases());
                out.printf("Expressions  %d%n", c.expressions());
                out.printf("Prompt records %d%n", c.promptRecords());
                if (!missing.isEmpty()) {
                    out.printf("Missing image files: %d%n", missing.size());
                    missing.stream().limit(20).forEach(p -> out.println("  " + p));
                }
            }
        }
        return ExitCodes.OK;
    }
}
