package dev.promptcanvas.inference.models;

import java.util.List;
import java.util.Optional;

/**
 * What a model is and where its files come from: the {@code manifest.json} of an installed model folder, and the
 * bundled catalogue entries. Read and written by {@link ManifestJson}.
 *
 * @param id stable id, also the installed folder's name (e.g. "sam2.1-tiny")
 * @param name human-readable name
 * @param kind the model family; "sam2" for the samexporter encoder/decoder pair
 * @param version the model's version or export date
 * @param inputSize the side of the square model input in pixels (1024 for SAM2)
 * @param licence SPDX licence id of the weights (e.g. "Apache-2.0")
 * @param sourceUrl the page the model comes from
 * @param archive a zip archive holding the files, or null when each file has its own URL (or none: offline only)
 * @param files the files; for "sam2" one with role "encoder" and one with role "decoder"
 */
public record ModelManifest(String id, String name, String kind, String version, int inputSize, String licence,
                            String sourceUrl, ModelArchive archive, List<ModelFile> files) {

    /** The kind of the SAM2 encoder/decoder pair. */
    public static final String KIND_SAM2 = "sam2";

    public ModelManifest {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new ModelException("model manifest: field 'id' must be letters, digits, '.', '_', '+' or '-', got "
                    + id);
        }
        if (kind == null || kind.isBlank()) {
            throw new ModelException("model manifest '" + id + "': field 'kind' is required");
        }
        if (inputSize <= 0) {
            throw new ModelException("model manifest '" + id + "': field 'inputSize' must be > 0, got " + inputSize);
        }
        files = files == null ? List.of() : List.copyOf(files);
        if (files.isEmpty()) {
            throw new ModelException("model manifest '" + id + "': field 'files' lists no file");
        }
        if (KIND_SAM2.equals(kind)) {
            for (String role : new String[] {"encoder", "decoder"}) {
                if (files.stream().noneMatch(f -> f.role().equals(role))) {
                    throw new ModelException("model manifest '" + id + "': field 'files' has no '" + role + "' file");
                }
            }
        }
        name = name == null || name.isBlank() ? id : name;
    }

    /** The file with this role, if any. */
    public Optional<ModelFile> file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst();
    }

    /** True when the manifest says where to download every file (an archive or one URL per file). */
    public boolean downloadable() {
        return archive != null || files.stream().allMatch(f -> f.url() != null);
    }

    /** The same manifest with other files (e.g. with checksums recorded at install time). */
    public ModelManifest withFiles(List<ModelFile> newFiles) {
        return new ModelManifest(id, name, kind, version, inputSize, licence, sourceUrl, archive, newFiles);
    }
}
