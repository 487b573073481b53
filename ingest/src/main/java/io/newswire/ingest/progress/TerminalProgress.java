package io.newswire.ingest.progress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The backlog as a progress bar on the terminal (files done of total, rate, time left, rejections), drawn by
 * me.tongfei:progressbar; steady-state activity after the backlog goes to {@code after} (log lines).
 */
public final class TerminalProgress implements Progress {
    private final Progress after;
    private volatile ProgressBar bar;
    private long rejected;

    public TerminalProgress(Progress after) {
        this.after = after;
    }

    @Override
    public synchronized void backlogStarted(long files) {
        if (files <= 0) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName("ingest")
                .setInitialMax(files)
                .setUnit(" files", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .build();
    }

    @Override
    public synchronized void fileFinished(boolean wasRejected) {
        ProgressBar b = bar;
        if (b == null) {
            after.fileFinished(wasRejected);
            return;
        }
        b.step();
        if (wasRejected) {
            rejected++;
            b.setExtraMessage(" " + rejected + " rejected");
        }
    }

    @Override
    public synchronized void backlogFinished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        after.backlogFinished();
    }

    @Override
    public synchronized void close() {
        backlogFinished();
        after.close();
    }
}
