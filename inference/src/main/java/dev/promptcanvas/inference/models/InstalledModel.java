package dev.promptcanvas.inference.models;

import java.nio.file.Files;
import java.nio.file.Path;

/** A model folder with its manifest: {@code <folder>/manifest.json} plus the files the manifest lists. */
public record InstalledModel(Path dir, ModelManifest manifest) {

    /** Opens a model folder; fails clearly when it has no manifest or a listed file is missing. */
    public static InstalledModel open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ModelException(dir + ": model folder not found");
        }
        Path manifestFile = dir.resolve(ManifestJson.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ModelException(dir + ": model folder has no " + ManifestJson.FILE_NAME
                    + " (install it with 'promptcanvas models install --from DIR', which needs a manifest in DIR "
                    + "or a known model id)");
        }
        InstalledModel m = new InstalledModel(dir, ManifestJson.read(manifestFile));
        for (ModelFile f : m.manifest().files()) {
            if (!Files.isRegularFile(dir.resolve(f.path()))) {
                throw new ModelException(dir.resolve(f.path()) + ": file missing (manifest field 'files', role '"
                        + f.role() + "')");
            }
        }
        return m;
    }

    /** The path of the file with this role. */
    public Path file(String role) {
        return dir.resolve(manifest.file(role).orElseThrow(() -> new ModelException(
                dir.resolve(ManifestJson.FILE_NAME) + ": field 'files' has no '" + role + "' file")).path());
    }

    public String id() {
        return manifest.id();
    }
}
