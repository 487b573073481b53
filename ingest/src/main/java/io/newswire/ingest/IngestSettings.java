package io.newswire.ingest;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;
import io.newswire.platform.ops.OpsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Every configuration key of ingest, each documented once here (the README table is generated from it). */
public final class IngestSettings {
    private IngestSettings() {
    }

    /** What happens to a file once all its records are acknowledged by the broker. */
    public enum DonePolicyKind { MOVE, DELETE }

    /** How progress is shown: a bar on a terminal, log lines, or nothing; auto picks bar or log. */
    public enum ProgressMode { AUTO, BAR, LOG, OFF }

    public static final Setting<Path> INBOX = Setting.of("ingest.inbox", ValueType.path(), Path.of("inbox"),
            "Folder watched for article files, read recursively; created at start-up when missing.");
    public static final Setting<Path> DONE_DIR = Setting.of("ingest.done-dir", ValueType.path(), null,
            "Where published files are moved, in one folder per day; default: done inside the inbox.");
    public static final Setting<Path> FAILED_DIR = Setting.of("ingest.failed-dir", ValueType.path(), null,
            "Where rejected files are moved, each beside a NAME.error.json saying why; default: failed inside the inbox.");
    public static final Setting<DonePolicyKind> DONE_POLICY = Setting.of("ingest.done-policy",
            ValueType.oneOf(DonePolicyKind.class), DonePolicyKind.MOVE,
            "What to do with a file once the broker has acknowledged all its records: move it to the done folder, or delete it.");
    public static final Setting<Duration> STABLE_TIME = Setting.of("ingest.stable-time", ValueType.duration(),
            Duration.ofMillis(100),
            "A file is taken once its size and modification time have not changed for this long; raise it for writers that pause mid-file without using the atomic-rename convention.");
    public static final Setting<Long> MAX_FILE_SIZE = Setting.of("ingest.max-file-size", ValueType.dataSize(),
            10L << 20, "Larger files are rejected as TOO_LARGE without being read.");
    public static final Setting<Duration> RESCAN_INTERVAL = Setting.of("ingest.rescan-interval", ValueType.duration(),
            Duration.ofSeconds(2),
            "How often the whole inbox is listed again, for network mounts and overflowed watch events.");
    public static final Setting<Boolean> FOLLOW_SYMLINKS = Setting.of("ingest.follow-symlinks", ValueType.bool(), false,
            "Read the target of a symbolic link to a file; when false, links are rejected as SYMLINK.");
    public static final Setting<String> INSTANCE_ID = Setting.of("ingest.instance-id", ValueType.string(), null,
            "Name of this instance's claim area, INBOX/.newswire/processing/ID; default the host name (or host-pid when another running instance holds it).");
    public static final Setting<Integer> WORKERS = Setting.of("ingest.workers", ValueType.integer(1, 64), 2,
            "Threads reading, checking and serializing files.");
    public static final Setting<Integer> MAX_IN_FLIGHT = Setting.of("ingest.max-in-flight", ValueType.integer(1, 100_000),
            1000, "Most files claimed but not yet finished at once; bounds memory and how many files a broker outage holds back.");
    public static final Setting<Duration> SEND_TIMEOUT = Setting.of("ingest.send-timeout", ValueType.duration(),
            Duration.ofSeconds(30),
            "How long the producer keeps retrying one send (delivery.timeout.ms) before ingest backs off and tries the file again.");
    public static final Setting<Duration> RETRY_INITIAL_BACKOFF = Setting.of("ingest.retry.initial-backoff",
            ValueType.duration(), Duration.ofSeconds(1),
            "First wait before a file whose send failed is tried again; doubles on each failure up to ingest.retry.max-backoff.");
    public static final Setting<Duration> RETRY_MAX_BACKOFF = Setting.of("ingest.retry.max-backoff", ValueType.duration(),
            Duration.ofSeconds(30), "Longest wait between tries of a file whose sends keep failing; files are retried forever.");
    public static final Setting<ProgressMode> PROGRESS = Setting.of("ingest.progress", ValueType.oneOf(ProgressMode.class),
            ProgressMode.AUTO, "Progress display: bar, log lines, off, or auto (a bar on a terminal, log lines otherwise).");
    public static final Setting<Duration> PROGRESS_INTERVAL = Setting.of("ingest.progress-interval", ValueType.duration(),
            Duration.ofSeconds(10), "How often progress is logged when it is shown as log lines.");

    public static final Setting<Integer> OPS_PORT = OpsSettings.port("ingest", 9401);

    public static List<Setting<?>> all() {
        return List.of(INBOX, DONE_DIR, FAILED_DIR, DONE_POLICY, STABLE_TIME, MAX_FILE_SIZE, RESCAN_INTERVAL,
                FOLLOW_SYMLINKS, INSTANCE_ID, WORKERS, MAX_IN_FLIGHT, SEND_TIMEOUT, RETRY_INITIAL_BACKOFF,
                RETRY_MAX_BACKOFF, PROGRESS, PROGRESS_INTERVAL, OPS_PORT);
    }
}
