package dev.promptcanvas.inference.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The installed models: one folder per model id under a root folder (by default {@link ModelDirs#userModels()}),
 * each with a {@code manifest.json}. Installs from a local folder (offline) or from the manifest's URLs, verifying
 * known checksums and recording unknown ones in the installed manifest.
 */
public final class ModelRegistry {

    private final Path root;
    private final HttpDownloader downloader;

    public ModelRegistry(Path root) {
        this(root, new HttpDownloader());
    }

    public ModelRegistry(Path root, HttpDownloader downloader) {
        this.root = root;
        this.downloader = downloader;
    }

    public Path root() {
        return root;
    }

    /** The installed models, by id; folders that are not valid models are skipped (see {@link #problems()}). */
    public List<InstalledModel> list() {
        List<InstalledModel> out = new ArrayList<>();
        for (Path dir : modelFolders()) {
            try {
                out.add(InstalledModel.open(dir));
            } catch (ModelException e) {
                // reported by problems()
            }
        }
        out.sort(Comparator.comparing(InstalledModel::id));
        return out;
    }

    /** One message per model folder that cannot be opened (no manifest, missing file, bad JSON). */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        for (Path dir : modelFolders()) {
            try {
                InstalledModel.open(dir);
            } catch (ModelException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** The installed model with this id. */
    public Optional<InstalledModel> find(String id) {
        Path dir = root.resolve(id);
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(ManifestJson.FILE_NAME))
                ? Optional.of(InstalledModel.open(dir)) : Optional.empty();
    }

    /**
     * Installs from a local folder holding the model files. The folder's own {@code manifest.json} describes them;
     * without one, {@code known} (a catalogue entry, may be null) does; with neither, this fails clearly.
     */
    public InstalledModel installFrom(Path source, ModelManifest known, ProgressListener progress)
            throws IOException {
        if (!Files.isDirectory(source)) {
            throw new ModelException(source + ": not a folder");
        }
        Path manifestFile = source.resolve(ManifestJson.FILE_NAME);
        ModelManifest m;
        if (Files.isRegularFile(manifestFile)) {
            m = ManifestJson.read(manifestFile);
        } else if (known != null) {
            m = known;
        } else {
            throw new ModelException(source + ": model folder has no " + ManifestJson.FILE_NAME
                    + " and no known model id was given");
        }
        Path staging = stagingFolder(m.id());
        try {
            for (ModelFile f : m.files()) {
                Path src = source.resolve(f.path());
                if (!Files.isRegularFile(src)) {
                    throw new ModelException(src + ": file missing (manifest field 'files', role '" + f.role() + "')");
                }
                progress.progress("copy " + f.path(), 0, Files.size(src));
                Files.copy(src, staging.resolve(f.path()), StandardCopyOption.REPLACE_EXISTING);
                progress.progress("copy " + f.path(), Files.size(src), Files.size(src));
            }
            return commit(m, staging, progress);
        } finally {
            deleteTree(staging);
        }
    }

    /** Downloads and installs a model from its manifest's URLs (resuming a previous partial download). */
    public InstalledModel install(ModelManifest m, ProgressListener progress) throws IOException, InterruptedException {
        if (!m.downloadable()) {
            throw new ModelException("model '" + m.id() + "': manifest has no download URL; install it with --from DIR");
        }
        Path downloads = root.resolve(".downloads").resolve(m.id());
        Files.createDirectories(downloads);
        Path staging = stagingFolder(m.id());
        try {
            if (m.archive() != null) {
                URI url = URI.create(m.archive().url());
                Path zip = downloads.resolve(fileNameOf(url));
                if (!Files.isRegularFile(zip)) {
                    downloader.download(url, zip, m.archive().size(), progress);
                }
                try {
                    Checksums.verify(zip, m.archive().sha256());
                } catch (ModelException e) {
                    Files.deleteIfExists(zip);
                    throw e;
                }
                extract(zip, m, staging);
            } else {
                for (ModelFile f : m.files()) {
                    Path target = downloads.resolve(f.path());
                    if (!Files.isRegularFile(target)) {
                        downloader.download(URI.create(f.url()), target, f.size(), progress);
                    }
                    Files.copy(target, staging.resolve(f.path()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            InstalledModel installed = commit(m, staging, progress);
            deleteTree(downloads);
            return installed;
        } finally {
            deleteTree(staging);
        }
    }

    /** Re-checks an installed model's files against the checksums in its manifest; returns the problems found. */
    public List<String> verifyFiles(InstalledModel model) throws IOException {
        List<String> problems = new ArrayList<>();
        for (ModelFile f : model.manifest().files()) {
            Path p = model.dir().resolve(f.path());
            if (!Files.isRegularFile(p)) {
                problems.add(p + ": file missing");
                continue;
            }
            if (f.size() != null && Files.size(p) != f.size()) {
                problems.add(p + ": size " + Files.size(p) + " bytes, manifest says " + f.size());
            }
            if (f.sha256() != null && !f.sha256().equals(Checksums.sha256(p))) {
                problems.add(p + ": checksum differs from the manifest's sha256");
            }
        }
        return problems;
    }

    private InstalledModel commit(ModelManifest m, Path staging, ProgressListener progress) throws IOException {
        List<ModelFile> recorded = new ArrayList<>();
        for (ModelFile f : m.files()) {
            Path p = staging.resolve(f.path());
            long size = Files.size(p);
            progress.progress("checksum " + f.path(), 0, size);
            String sha = Checksums.verify(p, f.sha256());
            if (f.size() != null && f.size() != size) {
                throw new ModelException(p + ": size " + size + " bytes, manifest field 'size' says " + f.size());
            }
            progress.progress("checksum " + f.path(), size, size);
            recorded.add(f.withChecksum(sha, size));
        }
        ModelManifest installedManifest = m.withFiles(recorded);
        ManifestJson.write(installedManifest, staging.resolve(ManifestJson.FILE_NAME));
        Path target = root.resolve(m.id());
        Path old = root.resolve(".old-" + m.id());
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
        return InstalledModel.open(target);
    }

    private void extract(Path zip, ModelManifest m, Path staging) throws IOException {
        List<String> wanted = m.files().stream().map(ModelFile::path).toList();
        List<String> found = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!e.isDirectory() && wanted.contains(base) && !found.contains(base)) {
                    Files.copy(in, staging.resolve(base), StandardCopyOption.REPLACE_EXISTING);
                    found.add(base);
                }
            }
        }
        for (String w : wanted) {
            if (!found.contains(w)) {
                throw new ModelException(zip + ": archive has no file named " + w + " (manifest field 'files')");
            }
        }
    }

    private Path stagingFolder(String id) throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, ".install-" + id + "-");
    }

    private List<Path> modelFolders() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root)) {
            for (Path p : ds) {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static String fileNameOf(URI url) {
        String path = url.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return name.isBlank() ? "download.bin" : name;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads a manifest bundled elsewhere on the class path (the resources module ships the catalogue). */
    public static ModelManifest readManifest(InputStream in, String origin) {
        return ManifestJson.read(in, origin);
    }
}
