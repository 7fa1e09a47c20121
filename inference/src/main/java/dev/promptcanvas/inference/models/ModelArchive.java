package dev.promptcanvas.inference.models;

/**
 * A zip archive that holds a model's files (how several public SAM2.1 exports are published).
 *
 * @param url where to download it
 * @param size its size in bytes, or null when unknown
 * @param sha256 its SHA-256 as lower-case hex, or null when unknown
 */
public record ModelArchive(String url, Long size, String sha256) {

    public ModelArchive {
        if (url == null || url.isBlank()) {
            throw new ModelException("model archive: field 'url' is required");
        }
        if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
            throw new ModelException("model archive: field 'sha256' is not 64 lower-case hex digits");
        }
    }
}
