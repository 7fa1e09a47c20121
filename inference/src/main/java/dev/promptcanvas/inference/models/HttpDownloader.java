package dev.promptcanvas.inference.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Downloads a URL to a file with progress and resume: bytes already in {@code <target>.part} are kept and the rest
 * is asked for with an HTTP {@code Range} header; a server that ignores it (200 instead of 206) restarts the file.
 * The finished file is moved into place; an interrupted thread stops the download and keeps the part file.
 */
public final class HttpDownloader {

    private final HttpClient client;

    public HttpDownloader() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build());
    }

    public HttpDownloader(HttpClient client) {
        this.client = client;
    }

    /** The part file a download of {@code target} resumes from. */
    public static Path partFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /**
     * Downloads {@code url} to {@code target}.
     *
     * @param expectedSize the size when known (checked at the end), else null
     */
    public void download(URI url, Path target, Long expectedSize, ProgressListener progress)
            throws IOException, InterruptedException {
        Path part = partFile(target);
        Files.createDirectories(target.toAbsolutePath().getParent());
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        if (expectedSize != null && have == expectedSize) {
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(url).GET().timeout(Duration.ofMinutes(5));
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = resp.statusCode();
        boolean append;
        if (status == 206) {
            append = true;
        } else if (status == 200) {
            append = false;
            have = 0;
        } else if (status == 416 && expectedSize == null) {
            resp.body().close();
            Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        } else {
            resp.body().close();
            throw new ModelException(url + ": download failed with HTTP status " + status);
        }
        OptionalLong length = resp.headers().firstValueAsLong("Content-Length");
        long total = length.isPresent() ? have + length.getAsLong() : expectedSize == null ? -1 : expectedSize;
        String what = "download " + target.getFileName();
        try (InputStream in = resp.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[1 << 16];
            long done = have;
            long lastReport = 0;
            int n;
            progress.progress(what, done, total);
            while ((n = in.read(buf)) > 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("download of " + url + " cancelled; " + done + " bytes kept in "
                            + part);
                }
                out.write(buf, 0, n);
                done += n;
                if (done - lastReport >= (1 << 20)) {
                    progress.progress(what, done, total);
                    lastReport = done;
                }
            }
            progress.progress(what, done, total);
        }
        long size = Files.size(part);
        if (expectedSize != null && size != expectedSize) {
            throw new ModelException(url + ": download ended at " + size + " bytes, expected " + expectedSize
                    + " (the part file is kept; run the install again to resume)");
        }
        Files.move(part, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
