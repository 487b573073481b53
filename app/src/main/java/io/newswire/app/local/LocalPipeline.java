package io.newswire.app.local;

import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.topology.EnrichService;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.Setting;
import io.newswire.platform.ops.OpsServer;
import io.newswire.sink.SinkService;
import io.newswire.sink.SinkSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ingest, enrich and sink side by side in this JVM, against the local stack: what {@code newswire local} runs.
 * Each service is the same class its own command runs; only the defaults differ (state under the local data folder,
 * the query API on a free port when 8080 is taken). One set of operations endpoints serves all three: their meters
 * in one registry, {@code /ready} when every service is.
 */
final class LocalPipeline implements AutoCloseable {
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Config config;
    private final OpsServer ops;
    private final SinkService sink;

    private LocalPipeline(Config config, Runnable onFailure) throws IOException {
        this.config = config;
        ops = OpsServer.start(config, LocalModeSettings.OPS_PORT);
        started.add(ops);
        try {
            sink = SinkService.start(config, ops.registry(), onFailure);
            started.add(sink);
            ops.addChecks(sink.readinessChecks());
            EnrichService enrich = new EnrichService(config, new ArticleEnricher(), onFailure, ops.registry());
            started.add(enrich);
            ops.addChecks(enrich.readinessChecks());
            enrich.start();
            IngestService ingest = new IngestService(config, ops.registry());
            started.add(ingest);
            ops.addChecks(ingest.readinessChecks());
            ingest.start();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts the three services; {@code onFailure} is called if enrich or sink stops on an error.
     *
     * @param dataDir the local data folder, where the Streams state goes unless configured elsewhere
     */
    static LocalPipeline start(Config config, Path dataDir, Runnable onFailure) throws IOException {
        Config local = localDefaults(config, dataDir, Runtime.getRuntime().availableProcessors());
        if (isDefault(local, SinkSettings.HTTP_PORT) && !isFree(local.get(SinkSettings.HTTP_PORT))) {
            local = local.with(SinkSettings.HTTP_PORT, 0, "local mode (8080 was taken)");
        }
        if (isDefault(local, LocalModeSettings.OPS_PORT) && !isFree(local.get(LocalModeSettings.OPS_PORT))) {
            local = local.with(LocalModeSettings.OPS_PORT, 0, "local mode (9400 was taken)");
        }
        return new LocalPipeline(local, onFailure);
    }

    /**
     * What local mode changes in the defaults: Streams state under the data folder, and one enrich thread per core
     * (at most one per partition), because enrichment is most of the pipeline's work and a single thread leaves the
     * other cores idle. Settings given explicitly are kept.
     */
    static Config localDefaults(Config config, Path dataDir, int cores) {
        Config local = config;
        if (isDefault(local, EnrichSettings.STATE_DIR)) {
            local = local.with(EnrichSettings.STATE_DIR, dataDir.resolve(LocalDataFolder.ENRICH_STATE), "local mode");
        }
        if (isDefault(local, SinkSettings.STATE_DIR)) {
            local = local.with(SinkSettings.STATE_DIR, dataDir.resolve(LocalDataFolder.SINK_STATE), "local mode");
        }
        if (isDefault(local, EnrichSettings.THREADS)) {
            int threads = Math.max(1, Math.min(cores, local.get(CommonSettings.TOPIC_PARTITIONS)));
            local = local.with(EnrichSettings.THREADS, threads, "local mode (one per core)");
        }
        return local;
    }

    Path inbox() {
        return config.get(IngestSettings.INBOX).toAbsolutePath();
    }

    String queryApi() {
        return "http://" + config.get(SinkSettings.HTTP_HOST) + ":" + sink.httpPort();
    }

    /** The operations endpoints of all three services. */
    String opsUrl() {
        return ops.baseUrl();
    }

    /** Stops ingest first (no new work), then enrich and sink, each committing what it finished. */
    @Override
    public void close() {
        ops.shuttingDown();
        RuntimeException failure = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("stopping the local pipeline failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        started.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static boolean isDefault(Config config, Setting<?> setting) {
        return "default".equals(config.sourceOf(setting));
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
