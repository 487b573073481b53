package io.newswire.ingest.claim;

import io.newswire.ingest.InboxLayout;
import io.newswire.ingest.KnownFolders;
import io.newswire.platform.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's claim area, {@code <inbox>/.newswire/processing/<instance-id>/}, guarded by an OS lock.
 *
 * <p>Claiming is an atomic rename of the inbox file into the area at the same relative path: of several instances
 * renaming the same file exactly one succeeds, the others get NoSuchFile. A crash leaves claimed files in the area,
 * where {@link #recover()} finds them at the next start: in this instance's own area, and in the areas of instances
 * that are no longer running (their lock is free), which are adopted, processed where they lie, and removed when empty.
 */
public final class ClaimArea implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimArea.class);

    /** How a claim attempt ended. */
    public enum Outcome { CLAIMED, VANISHED, BUSY }

    /** Result of {@link #claim}: the claimed file when {@code outcome} is CLAIMED. */
    public record Claim(Outcome outcome, ClaimedFile file) {
    }

    private final Path root;
    private final String instanceId;
    private final Path dir;
    private final AreaLock lock;
    /** Relative paths now in this area: a second inbox file of the same name waits instead of overwriting the first. */
    private final Set<String> inProcess = ConcurrentHashMap.newKeySet();
    private final KnownFolders folders = new KnownFolders();
    private final Map<Path, AreaLock> adopted = new ConcurrentHashMap<>();

    private ClaimArea(Path root, String instanceId, AreaLock lock) {
        this.root = root;
        this.instanceId = instanceId;
        this.dir = root.resolve(instanceId);
        this.lock = lock;
    }

    /**
     * Opens this instance's area. With an explicit id a held lock is an error; with the default id (the host name)
     * a second instance on the same host falls back to host-pid.
     */
    public static ClaimArea open(Path claimRoot, String explicitId, String hostName) {
        try {
            Files.createDirectories(claimRoot);
            String id = explicitId != null ? explicitId : safeName(hostName);
            Optional<AreaLock> lock = AreaLock.tryAcquire(claimRoot.resolve(id + ".lock"));
            if (lock.isEmpty() && explicitId != null) {
                throw new ConfigException("ingest.instance-id '" + explicitId + "' is in use by another running "
                        + "ingest instance on inbox " + claimRoot.getParent().getParent() + ": give each instance its own id");
            }
            if (lock.isEmpty()) {
                id = id + "-" + ProcessHandle.current().pid();
                lock = AreaLock.tryAcquire(claimRoot.resolve(id + ".lock"));
                if (lock.isEmpty()) {
                    throw new ConfigException("cannot lock claim area " + claimRoot.resolve(id) + ": set ingest.instance-id");
                }
            }
            ClaimArea area = new ClaimArea(claimRoot, id, lock.get());
            Files.createDirectories(area.dir);
            return area;
        } catch (IOException e) {
            throw new ConfigException("cannot create the claim area " + claimRoot + " inside the inbox: " + e, e);
        }
    }

    public String instanceId() {
        return instanceId;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Moves an inbox file into the area. VANISHED: it is gone (deleted, or claimed by another instance); BUSY: a file
     * of the same relative path is still being processed here, so this one stays in the inbox for a later scan.
     */
    public Claim claim(Path inboxFile, String relativePath) throws IOException {
        if (!inProcess.add(relativePath)) {
            return new Claim(Outcome.BUSY, null);
        }
        Path target = dir.resolve(relativePath);
        try {
            folders.ensure(target.getParent());
            Files.move(inboxFile, target, StandardCopyOption.ATOMIC_MOVE);
            return new Claim(Outcome.CLAIMED, new ClaimedFile(target, relativePath));
        } catch (NoSuchFileException e) {
            inProcess.remove(relativePath);
            return new Claim(Outcome.VANISHED, null);
        } catch (AtomicMoveNotSupportedException e) {
            inProcess.remove(relativePath);
            throw new IOException("cannot claim " + inboxFile + ": it is on another file system than the claim area "
                    + dir + " (is a subfolder of the inbox a separate mount?)", e);
        } catch (IOException | RuntimeException e) {
            inProcess.remove(relativePath);
            throw e;
        }
    }

    /** The file has left the area (moved to done or failed, or deleted). */
    public void release(ClaimedFile file) {
        inProcess.remove(file.relativePath());
    }

    /**
     * At start-up: files left in this instance's area by an earlier run, plus those of stopped instances
     * ({@link #adoptOrphans()}).
     */
    public List<ClaimedFile> recover() throws IOException {
        List<ClaimedFile> own = list(dir);
        own.forEach(f -> inProcess.add(f.relativePath()));
        List<ClaimedFile> found = new ArrayList<>(own);
        found.addAll(adoptOrphans());
        return found;
    }

    /**
     * Files in the areas of instances that are no longer running (their lock is free), which this instance now
     * holds; each area's files are returned once, when it is adopted. Empty adopted areas are removed.
     */
    public List<ClaimedFile> adoptOrphans() throws IOException {
        List<ClaimedFile> found = new ArrayList<>();
        try (DirectoryStream<Path> areas = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path other : areas) {
                if (other.equals(dir) || adopted.containsKey(other)) {
                    continue;
                }
                Optional<AreaLock> orphanLock = AreaLock.tryAcquire(root.resolve(other.getFileName() + ".lock"));
                if (orphanLock.isPresent()) {
                    adopted.put(other, orphanLock.get());
                    List<ClaimedFile> files = list(other);
                    if (!files.isEmpty()) {
                        LOG.info("adopting {} file(s) left by instance {}, which is not running", files.size(), other.getFileName());
                    }
                    found.addAll(files);
                }
            }
        }
        removeEmptyAdoptedAreas();
        return found;
    }

    /** Removes adopted areas that have no files left, with their lock files. */
    public void removeEmptyAdoptedAreas() throws IOException {
        for (Map.Entry<Path, AreaLock> e : adopted.entrySet()) {
            Path area = e.getKey();
            if (list(area).isEmpty()) {
                deleteTree(area);
                AreaLock orphanLock = e.getValue();
                Files.deleteIfExists(orphanLock.file());
                orphanLock.close();
                adopted.remove(area);
            }
        }
    }

    private static List<ClaimedFile> list(Path area) throws IOException {
        List<ClaimedFile> files = new ArrayList<>();
        if (!Files.isDirectory(area, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        Files.walkFileTree(area, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(new ClaimedFile(file, InboxLayout.relativeTo(area, file)));
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static void deleteTree(Path area) throws IOException {
        if (!Files.exists(area, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(area)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String safeName(String s) {
        String cleaned = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.startsWith(".") ? "instance" + cleaned : cleaned;
    }

    @Override
    public void close() throws IOException {
        for (AreaLock l : adopted.values()) {
            l.close();
        }
        adopted.clear();
        lock.close();
    }
}
