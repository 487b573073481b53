package io.newswire.ingest.progress;

/** Shows nothing: for tests and embedding. */
public final class NoProgress implements Progress {
    @Override
    public void backlogStarted(long files) {
    }

    @Override
    public void fileFinished(boolean rejected) {
    }

    @Override
    public void backlogFinished() {
    }

    @Override
    public void close() {
    }
}
