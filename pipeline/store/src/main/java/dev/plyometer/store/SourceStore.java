package dev.plyometer.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

/**
 * The uploaded exports and plans, kept byte for byte under {@code sources/ab/abcdef…}, named by the SHA-256 of their
 * bytes. A copy is written to {@code tmp/} while it is hashed, forced to disk, then moved into place in one atomic
 * rename, before the database commit that refers to it: a crash leaves at worst a file nothing refers to, which is
 * harmless and {@link #cleanOrphans} removes.
 */
public final class SourceStore {
    private static final int BUFFER = 1 << 16;

    private final DataDir dir;

    SourceStore(DataDir dir) {
        this.dir = dir;
    }

    /** A copy in {@code tmp/}, hashed, not yet in place. */
    public record Staged(Path tmp, String sha256, long bytes) {
    }

    /** What {@link #cleanOrphans} removed. */
    public record Cleanup(int files, long bytes) {
    }

    /** Where the bytes with this SHA-256 are kept. */
    public Path path(String sha256) {
        return dir.sources().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** Copies {@code file} into {@code tmp/}, hashing it on the way, and forces the copy to disk. */
    public Staged stage(Path file) throws IOException {
        Path tmp = dir.tmp().resolve("upload-" + UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file);
             FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            ByteBuffer wrapped = ByteBuffer.wrap(buffer);
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                wrapped.clear().limit(n);
                while (wrapped.hasRemaining()) {
                    out.write(wrapped);
                }
                bytes += n;
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Staged(tmp, HexFormat.of().formatHex(digest.digest()), bytes);
    }

    /** Moves a staged copy into place (atomically), unless the same bytes are there already. */
    public Path commit(Staged staged) throws IOException {
        Path target = path(staged.sha256());
        Files.createDirectories(target.getParent());
        if (Files.isRegularFile(target) && Files.size(target) == staged.bytes()) {
            Files.deleteIfExists(staged.tmp());
            return target;
        }
        Files.move(staged.tmp(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(target.getParent());
        return target;
    }

    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.tmp());
        } catch (IOException ignored) {
            // a leftover in tmp/ is harmless; cleanOrphans removes it
        }
    }

    /** Whether the kept copy is there and still has the bytes its name says. */
    public boolean intact(String sha256) {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return sha256(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Removes copies no session refers to and leftovers in {@code tmp/}, both only when older than {@code minAge},
     * so that an upload running in another process at the same time keeps its files.
     */
    public Cleanup cleanOrphans(Set<String> referenced, Duration minAge) {
        Instant before = Instant.now().minus(minAge);
        int files = 0;
        long bytes = 0;
        try {
            if (Files.isDirectory(dir.sources())) {
                try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir.sources())) {
                    for (Path shard : shards) {
                        if (!Files.isDirectory(shard)) {
                            continue;
                        }
                        try (DirectoryStream<Path> copies = Files.newDirectoryStream(shard)) {
                            for (Path copy : copies) {
                                if (!referenced.contains(copy.getFileName().toString()) && older(copy, before)) {
                                    bytes += Files.size(copy);
                                    Files.delete(copy);
                                    files++;
                                }
                            }
                        }
                    }
                }
            }
            if (Files.isDirectory(dir.tmp())) {
                try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir.tmp(), "*.part")) {
                    for (Path leftover : leftovers) {
                        if (older(leftover, before)) {
                            bytes += Files.size(leftover);
                            Files.delete(leftover);
                            files++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(dir.root().toString(), "cannot clean the data folder: " + e.getMessage(), e);
        }
        return new Cleanup(files, bytes);
    }

    private static boolean older(Path file, Instant before) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(before);
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every file system lets a folder be forced; the rename is atomic either way
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
