package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.ReferringExpression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The child process of {@link CrashTest}: opens the project and applies numbered multi-row commits forever, printing
 * each number once {@link ProjectStore#apply} has returned. Killed with SIGKILL by the parent.
 */
public final class CrashWriterMain {

    /** Rows each commit writes: a caption, 3 annotations, an expression with 3 targets. */
    static final int ANNOTATIONS_PER_COMMIT = 3;

    private CrashWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long image = Long.parseLong(args[1]);
        long label = Long.parseLong(args[2]);
        int start = Integer.parseInt(args[3]);
        ProjectStore store = ProjectStore.open(dir);
        System.out.println("ready " + ProcessHandle.current().pid());
        System.out.flush();
        for (int n = start; ; n++) {
            int number = n;
            store.apply(Command.of("commit " + n, edit -> {
                edit.addCaption(new Caption(0, image, "commit " + number, null));
                List<Annotation> batch = new ArrayList<>();
                for (int k = 0; k < ANNOTATIONS_PER_COMMIT; k++) {
                    batch.add(new Annotation(0, image, label, new Box(k, k, k + number, k + number), null, null, null,
                            false, Map.of("n", String.valueOf(number)), null, null));
                }
                List<Long> ids = edit.addAnnotations(batch).stream().map(Annotation::id).toList();
                edit.addExpression(new ReferringExpression(0, image, "commit " + number, ids, null));
                return null;
            }));
            System.out.println(n);
            System.out.flush();
        }
    }
}
