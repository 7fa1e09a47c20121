package dev.promptcanvas.annotations.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer-per-project lock: an OS file lock on {@code promptcanvas.lock} holding the writer's pid. The OS
 * drops the lock when the process dies, even by kill -9, so a crash never leaves a project stuck.
 */
final class ProjectLock implements AutoCloseable {

    static final String LOCK_FILE = "promptcanvas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static ProjectLock acquire(Path dir) throws StoreException {
        Path file = dir.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.IO, "cannot create the lock file " + file + ": " + e, e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw new StoreException(StoreException.Kind.LOCKED, dir + " is open in another PromptCanvas (pid "
                        + ProcessHandle.current().pid() + ", this process); close it first");
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new StoreException(StoreException.Kind.LOCKED, dir + " is open in another PromptCanvas (pid "
                        + holder + "); close it there, or open the project read-only");
            }
            byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            return new ProjectLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.IO, "cannot lock " + file + ": " + e, e);
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            String text = n <= 0 ? "" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d+") ? text : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it too
        }
        closeQuietly(channel);
    }
}
