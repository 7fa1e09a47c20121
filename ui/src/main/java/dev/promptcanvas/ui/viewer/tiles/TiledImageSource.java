package dev.promptcanvas.ui.viewer.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.image.Image;

/**
 * A large image shown through a tile pyramid. Opening reads the header and a subsampled overview (longest side at
 * most {@value #OVERVIEW_MAX_SIDE} px) for a fast first view; tiles of {@value #TILE_SIZE} px at the level the zoom
 * needs are decoded in the background, a band (row of tiles) at a time, into a memory-bounded LRU cache. The viewer
 * asks for what it shows with {@link #request}, which replaces earlier wishes, so tiles scrolled away are not
 * decoded.
 */
public final class TiledImageSource implements AutoCloseable {

    public static final int TILE_SIZE = 512;
    public static final int OVERVIEW_MAX_SIDE = 2048;
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;
    /** Above 16 MP (4096²) or a side over 8192 px (a common GPU texture limit) an image is tiled. */
    static final long TILE_THRESHOLD_PIXELS = 4096L * 4096;
    static final int TILE_THRESHOLD_SIDE = 8192;

    private static final ExecutorService SHARED = DecoderThreads.SHARED;

    private final Path file;
    private final RegionDecoder decoder;
    private final TileGrid grid;
    private final Image overview;
    private final int overviewStep;
    private final TileCache cache;
    private final Executor executor;
    private final Object lock = new Object();
    private final TreeSet<TileKey.BandKey> wanted = new TreeSet<>(
            Comparator.comparingInt(TileKey.BandKey::level).thenComparingInt(TileKey.BandKey::row));
    private final Set<TileKey.BandKey> failed = new HashSet<>();
    private volatile Runnable onTilesReady = () -> { };
    private volatile String lastError;
    private boolean draining;
    private boolean closed;

    private TiledImageSource(Path file, RegionDecoder decoder, Executor executor, long cacheBytes,
                             Path overviewFolder) throws IOException {
        this.file = file;
        this.decoder = decoder;
        this.executor = executor;
        this.grid = new TileGrid(decoder.width(), decoder.height(), TILE_SIZE);
        this.cache = new TileCache(cacheBytes);
        this.overviewStep = Math.max(1, TileGrid.ceilDiv(Math.max(decoder.width(), decoder.height()),
                OVERVIEW_MAX_SIDE));
        this.overview = readOverview(overviewFolder).toImage();
    }

    private ArgbRaster readOverview(Path overviewFolder) throws IOException {
        int w = RegionDecoder.sampled(grid.width(), overviewStep);
        int h = RegionDecoder.sampled(grid.height(), overviewStep);
        OverviewCache store = overviewFolder == null ? null : new OverviewCache(overviewFolder);
        Path cached = store == null ? null : store.fileFor(file, w, h);
        ArgbRaster raster = cached == null ? null : store.read(cached, w, h);
        if (raster == null) {
            raster = decoder.read(0, grid.height(), overviewStep);
            if (cached != null) {
                ArgbRaster made = raster;
                executor.execute(() -> {
                    try {
                        store.write(cached, made);
                    } catch (IOException | RuntimeException e) {
                        lastError = "cannot cache the overview of " + file + " in " + cached + ": " + e.getMessage();
                    }
                });
            }
        }
        return raster;
    }

    /** Whether an image of this size should be shown through tiles rather than as one in-memory image. */
    public static boolean needsTiles(int width, int height) {
        return (long) width * height > TILE_THRESHOLD_PIXELS || Math.max(width, height) > TILE_THRESHOLD_SIDE;
    }

    /** Opens a file and decodes its overview; blocks for that (about a second for 100 MP), so not on the FX thread. */
    public static TiledImageSource open(Path file) throws IOException {
        return open(file, null, SHARED, DEFAULT_CACHE_BYTES);
    }

    /**
     * As {@link #open(Path)}, keeping the overview in {@code overviewFolder} (e.g. the project's
     * {@code .promptcanvas/overviews}) so the next opening reads it from there; null keeps nothing.
     */
    public static TiledImageSource open(Path file, Path overviewFolder) throws IOException {
        return open(file, overviewFolder, SHARED, DEFAULT_CACHE_BYTES);
    }

    /** As {@link #open(Path, Path)}, with the executor that decodes tiles and the tile cache's byte budget. */
    public static TiledImageSource open(Path file, Path overviewFolder, Executor tileExecutor, long cacheBytes)
            throws IOException {
        RegionDecoder decoder = PngRegionDecoder.tryOpen(file);
        if (decoder == null) {
            decoder = ImageIoRegionDecoder.open(file);
        }
        try {
            return new TiledImageSource(file, decoder, tileExecutor, cacheBytes, overviewFolder);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            decoder.close();
            throw e;
        }
    }

    /**
     * {@link #open(Path, Path)} on the shared decoder threads; a failure completes the future with an
     * {@link UncheckedIOException} whose cause names the file.
     */
    public static CompletableFuture<TiledImageSource> openAsync(Path file, Path overviewFolder) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return open(file, overviewFolder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SHARED);
    }

    public Path file() {
        return file;
    }

    public int width() {
        return grid.width();
    }

    public int height() {
        return grid.height();
    }

    public TileGrid grid() {
        return grid;
    }

    /** The whole image subsampled by {@link #overviewStep()}. */
    public Image overview() {
        return overview;
    }

    /** Image pixels per overview pixel. */
    public int overviewStep() {
        return overviewStep;
    }

    /** A decoded tile, or null when it is not in the cache (ask for it with {@link #request}). */
    public Image cachedTile(TileKey key) {
        return cache.get(key);
    }

    /** Bytes of decoded tiles held now. */
    public long cachedBytes() {
        return cache.bytes();
    }

    /** Called on the FX thread whenever new tiles are ready. */
    public void setOnTilesReady(Runnable listener) {
        this.onTilesReady = listener == null ? () -> { } : listener;
    }

    /** The last decoding error, if a band could not be read (it is not tried again). */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** The tiles wanted now; replaces what was asked before. Tiles already cached or failed are ignored. */
    public void request(Collection<TileKey> keys) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            wanted.clear();
            for (TileKey key : keys) {
                if (!cache.contains(key) && !failed.contains(key.band())) {
                    wanted.add(key.band());
                }
            }
            if (!wanted.isEmpty() && !draining) {
                draining = true;
                executor.execute(this::drain);
            }
        }
    }

    private void drain() {
        while (true) {
            TileKey.BandKey band;
            synchronized (lock) {
                band = closed ? null : wanted.pollFirst();
                if (band == null) {
                    draining = false;
                    return;
                }
            }
            try {
                decodeBand(band);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                synchronized (lock) {
                    failed.add(band);
                }
                lastError = e.getMessage();
            }
            Runnable listener = onTilesReady;
            Platform.runLater(listener);
        }
    }

    private void decodeBand(TileKey.BandKey band) throws IOException {
        int step = TileGrid.subsampling(band.level());
        ArgbRaster raster = decoder.read(grid.bandImageY(band), grid.bandImageRows(band), step);
        int columns = grid.columns(band.level());
        for (int c = 0; c < columns; c++) {
            TileKey key = new TileKey(band.level(), c, band.row());
            ArgbRaster tile = raster.crop(c * TILE_SIZE, grid.tileWidth(key));
            synchronized (lock) {
                if (closed) {
                    return;
                }
            }
            cache.put(key, tile.toImage(), tile.bytes());
        }
    }

    /** Stops decoding (a band in progress finishes first) and drops the cached tiles. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            wanted.clear();
        }
        cache.clear();
        executor.execute(decoder::close);
    }
}
