package io.newswire.ingest.progress;

import io.newswire.ingest.IngestSettings.ProgressMode;
import java.time.Duration;

/**
 * Shows how ingest is getting on: during the start-up backlog files done of total, rate and time left; afterwards,
 * what was published and rejected. Thread-safe: outcomes are reported from the finishing thread.
 */
public interface Progress extends AutoCloseable {

    /** The backlog (files recovered plus files found at start-up) is {@code files} long. */
    void backlogStarted(long files);

    /** One file reached its outcome. */
    void fileFinished(boolean rejected);

    /** The backlog is through; from now on only steady-state activity is reported. */
    void backlogFinished();

    @Override
    void close();

    /** The implementation for a mode; AUTO is a bar when a terminal is attached, log lines otherwise. */
    static Progress of(ProgressMode mode, Duration logInterval) {
        ProgressMode m = mode == ProgressMode.AUTO ? (System.console() != null ? ProgressMode.BAR : ProgressMode.LOG) : mode;
        return switch (m) {
            case BAR -> new TerminalProgress(new LogProgress(logInterval));
            case LOG -> new LogProgress(logInterval);
            default -> new NoProgress();
        };
    }
}
