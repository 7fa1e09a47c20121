package dev.promptcanvas.ui.viewer.tiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/** Decoded tiles, least recently used dropped first once their pixels exceed a byte budget; thread-safe. */
final class TileCache {

    private record Entry(Image image, long bytes) {
    }

    private final long budgetBytes;
    private final LinkedHashMap<TileKey, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    TileCache(long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("tile cache: budget must be positive, got " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    synchronized Image get(TileKey key) {
        Entry e = entries.get(key);
        return e == null ? null : e.image();
    }

    synchronized boolean contains(TileKey key) {
        return entries.containsKey(key);
    }

    synchronized void put(TileKey key, Image image, long imageBytes) {
        Entry old = entries.put(key, new Entry(image, imageBytes));
        bytes += imageBytes - (old == null ? 0 : old.bytes());
        Iterator<Map.Entry<TileKey, Entry>> it = entries.entrySet().iterator();
        while (bytes > budgetBytes && it.hasNext()) {
            Map.Entry<TileKey, Entry> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                continue;
            }
            bytes -= eldest.getValue().bytes();
            it.remove();
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }
}
