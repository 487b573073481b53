package io.newswire.enrich.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.platform.config.Config;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.platform.deadletter.RecordFailures;
import io.newswire.platform.ops.ReadinessCheck;
import io.newswire.platform.ops.StreamsReadiness;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich Kafka Streams application: {@link EnrichTopology} with {@link EnrichStreamsConfig}. A stream thread that
 * dies of a transient error (broker or registry briefly away) is replaced and resumes from the last commit; any
 * other uncaught error stops the application and calls the {@code onFailure} callback.
 */
public final class EnrichService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final StreamsReadiness readiness = new StreamsReadiness("enrich-streams");
    private final KafkaStreamsMetrics streamsMetrics;

    /**
     * A service whose meters stay in a registry of its own (tests, tools).
     *
     * @param onFailure called when the application stops on an error, e.g. to end the process
     */
    public EnrichService(Config config, ArticleEnricher enricher, Runnable onFailure) {
        this(config, enricher, onFailure, new SimpleMeterRegistry());
    }

    /**
     * @param onFailure called when the application stops on an error, e.g. to end the process
     * @param meters    where enrich's meters, dead letters and Kafka Streams' own metrics are counted
     */
    public EnrichService(Config config, ArticleEnricher enricher, Runnable onFailure, MeterRegistry meters) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, EnrichTopics.from(config), enricher, new EnrichMetrics(meters));
        Properties props = EnrichStreamsConfig.properties(config);
        DeadLetterRecords.countIn(props, meters);
        streams = new KafkaStreams(builder.build(props), props);
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(meters);
        streams.setUncaughtExceptionHandler(error -> {
            if (RecordFailures.isTransient(error)) {
                LOG.warn("enrich stream thread failed on a transient error, replacing it: {}",
                        RecordFailures.describe(error));
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("enrich stopped on an error it cannot recover from", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            readiness.onChange(now, before);
            LOG.info("enrich {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR) {
                onFailure.run();
            }
        });
    }

    /** Deletes this application's local state folder; only before {@link #start()}, e.g. for a replay. */
    public void cleanUp() {
        streams.cleanUp();
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** What {@code /ready} asks: the Streams application is running. */
    public List<ReadinessCheck> readinessChecks() {
        return List.of(readiness);
    }

    /** Stops processing, commits what was processed, and leaves the consumer group. */
    @Override
    public void close() {
        // Leaving the group at once lets a following --reset find it empty.
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
        streamsMetrics.close();
    }
}
