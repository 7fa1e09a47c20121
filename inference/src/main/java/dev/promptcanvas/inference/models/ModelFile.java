package dev.promptcanvas.inference.models;

/**
 * One file of a model.
 *
 * @param role what the file is for ("encoder", "decoder")
 * @param path the file name inside the installed model folder (and inside the archive, when there is one)
 * @param url where to download the file itself, or null when it comes from the manifest's archive
 * @param size its size in bytes, or null when unknown
 * @param sha256 its SHA-256 as lower-case hex, or null when unknown (recorded at install time)
 */
public record ModelFile(String role, String path, String url, Long size, String sha256) {

    public ModelFile {
        if (role == null || role.isBlank()) {
            throw new ModelException("model file: field 'role' is required");
        }
        if (path == null || path.isBlank()) {
            throw new ModelException("model file '" + role + "': field 'path' is required");
        }
        if (path.contains("..") || path.startsWith("/") || path.contains("\\")) {
            throw new ModelException("model file '" + role + "': field 'path' must be a plain file name, got " + path);
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new ModelException("model file '" + role + "': field 'sha256' is not 64 lower-case hex digits");
        }
    }

    /** The same file with its checksum and size filled in. */
    public ModelFile withChecksum(String newSha256, long newSize) {
        return new ModelFile(role, path, url, newSize, newSha256);
    }
}
