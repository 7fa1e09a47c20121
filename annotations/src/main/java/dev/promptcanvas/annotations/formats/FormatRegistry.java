package dev.promptcanvas.annotations.formats;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds dataset formats by name among those registered in {@code META-INF/services}. */
public final class FormatRegistry {

    private FormatRegistry() {
    }

    public static List<DatasetFormat> all() {
        return ServiceLoader.load(DatasetFormat.class, FormatRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
    }

    public static Optional<DatasetFormat> find(String name) {
        return all().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The registered names, comma-separated, for messages. */
    public static String names() {
        return all().stream().map(DatasetFormat::name).collect(Collectors.joining(", "));
    }
}
