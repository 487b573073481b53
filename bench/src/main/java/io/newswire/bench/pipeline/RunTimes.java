package io.newswire.bench.pipeline;

import java.util.Arrays;

/**
 * When each article of one run was dropped into the inbox and when it became visible in news.articles, as
 * {@link System#nanoTime()} values ({@link ArticleObserver#UNSEEN} for an article never seen).
 */
record RunTimes(long[] droppedAt, long[] visibleAt) {

    RunTimes {
        if (droppedAt.length != visibleAt.length || droppedAt.length == 0) {
            throw new IllegalArgumentException("one drop time and one visibility time per article, at least one article");
        }
    }

    int articles() {
        return droppedAt.length;
    }

    int visible() {
        return (int) Arrays.stream(visibleAt).filter(v -> v != ArticleObserver.UNSEEN).count();
    }

    long firstDrop() {
        return Arrays.stream(droppedAt).min().orElseThrow();
    }

    long lastDrop() {
        return Arrays.stream(droppedAt).max().orElseThrow();
    }

    long lastVisible() {
        return Arrays.stream(visibleAt).filter(v -> v != ArticleObserver.UNSEEN).max().orElse(firstDrop());
    }

    /** From the first drop to the last article visible. */
    double seconds() {
        return (lastVisible() - firstDrop()) / 1e9;
    }

    /** Articles visible per second, first drop to last visible. */
    double throughput() {
        return visible() / seconds();
    }

    /** Drop-to-visible latency of every visible article, in milliseconds. */
    long[] latenciesMillis() {
        long[] out = new long[visible()];
        int n = 0;
        for (int i = 0; i < droppedAt.length; i++) {
            if (visibleAt[i] != ArticleObserver.UNSEEN) {
                out[n++] = (visibleAt[i] - droppedAt[i]) / 1_000_000;
            }
        }
        return out;
    }

    /** Articles becoming visible in each whole second after the first drop. */
    int[] visiblePerSecond() {
        return perSecond(visibleAt);
    }

    /** Articles dropped in each whole second after the first drop. */
    int[] droppedPerSecond() {
        return perSecond(droppedAt);
    }

    private int[] perSecond(long[] times) {
        long first = firstDrop();
        int[] counts = new int[(int) ((Math.max(lastVisible(), lastDrop()) - first) / 1_000_000_000L) + 1];
        for (long t : times) {
            if (t != ArticleObserver.UNSEEN) {
                counts[(int) ((t - first) / 1_000_000_000L)]++;
            }
        }
        return counts;
    }
}
