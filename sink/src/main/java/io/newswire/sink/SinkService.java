package io.newswire.sink;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.platform.deadletter.RecordFailures;
import io.newswire.platform.ops.ReadinessCheck;
import io.newswire.platform.ops.StreamsReadiness;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.sink.http.ArticleTable;
import io.newswire.sink.http.QueryApi;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running sink: the topology under exactly-once processing plus the query API. Several instances with the same
 * {@code sink.application-id} share the work; each serves its partitions and routes queries for the others.
 */
public final class SinkService implements AutoCloseable {
    /** DeadLetter.stage of the sink's dead letters. */
    static final String STAGE = "sink";
    /** Original bytes a dead letter copies: an EnrichedArticle is at most enrich.max-output-bytes (1 MiB by default). */
    static final long MAX_DEAD_LETTER_COPY_BYTES = 2L << 20;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

    private final KafkaStreams streams;
    private final QueryApi api;
    private final StreamsReadiness readiness;
    private final KafkaStreamsMetrics streamsMetrics;

    private SinkService(KafkaStreams streams, QueryApi api, StreamsReadiness readiness, KafkaStreamsMetrics streamsMetrics) {
        this.streams = streams;
        this.api = api;
        this.readiness = readiness;
        this.streamsMetrics = streamsMetrics;
    }

    /**
     * As {@link #start(Config, MeterRegistry, Runnable)}, with the meters in a registry of their own and a fatal error
     * only logged (tests, tools).
     */
    public static SinkService start(Config config) throws IOException {
        return start(config, new SimpleMeterRegistry(), () -> { });
    }

    /**
     * Puts the topic contract in place, binds the query API and starts processing; returns without waiting. The
     * sink's meters, dead letters and Kafka Streams' own metrics are counted in {@code meters}. {@code onFailure} is
     * called when the sink stops on an error it cannot recover from, so that its process can exit and be restarted
     * rather than run on with nothing processed.
     */
    public static SinkService start(Config config, MeterRegistry meters, Runnable onFailure) throws IOException {
        ContractBootstrap.run(config);
        QueryApi api = QueryApi.bind(config.get(SinkSettings.HTTP_HOST), config.get(SinkSettings.HTTP_PORT),
                config.find(SinkSettings.HTTP_TOKEN).orElse(null));
        try {
            HostInfo self = new HostInfo(advertisedHost(config), api.port());
            Serde<EnrichedArticle> articleSerde = KafkaClients.valueSerde(config);
            StreamsBuilder builder = new StreamsBuilder();
            SinkTopology.build(builder, SinkTopics.from(config), articleSerde, new SinkMetrics(meters));
            Properties props = streamsProperties(config, self);
            DeadLetterRecords.countIn(props, meters);
            KafkaStreams streams = new KafkaStreams(builder.build(), props);
            StreamsReadiness readiness = new StreamsReadiness("sink-streams");
            streams.setUncaughtExceptionHandler(SinkService::onStreamThreadError);
            streams.setStateListener((now, before) -> {
                readiness.onChange(now, before);
                if (now == KafkaStreams.State.ERROR) {
                    onFailure.run();
                }
            });
            KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
            streamsMetrics.bindTo(meters);
            api.serve(new ArticleTable(streams, self));
            streams.start();
            return new SinkService(streams, api, readiness, streamsMetrics);
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
    }

    /** A transient error (a broker away, a fenced producer) costs a thread, which is replaced; anything else stops. */
    static StreamThreadExceptionResponse onStreamThreadError(Throwable error) {
        if (RecordFailures.isTransient(error)) {
            LOG.warn("sink stream thread failed on a transient error, replacing it: {}", RecordFailures.describe(error));
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        }
        LOG.error("sink stopped on an error it cannot recover from", error);
        return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    }

    /** The configured advertised host; else the bind address, unless that is a wildcard no peer can connect to. */
    static String advertisedHost(Config config) throws UnknownHostException {
        String host = config.get(SinkSettings.HTTP_HOST);
        if (config.find(SinkSettings.HTTP_ADVERTISED_HOST).isPresent()) {
            return config.get(SinkSettings.HTTP_ADVERTISED_HOST);
        }
        return InetAddress.getByName(host).isAnyLocalAddress() ? InetAddress.getLocalHost().getCanonicalHostName() : host;
    }

    static Properties streamsProperties(Config config, HostInfo self) {
        Map<String, Object> common = KafkaClients.common(config);
        Properties props = new Properties();
        props.putAll(common);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        KafkaClients.putStreamsProducerDefaults(props);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(SinkSettings.APPLICATION_ID));
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(SinkSettings.STATE_DIR).toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
        // A record that is not an EnrichedArticle cannot be upserted: it goes to news.dlq and the table goes on.
        props.putAll(KafkaClients.serdeConfig(config));
        DeadLetterRecords.configure(props, STAGE, new NewswireTopics(config).dlq().name(), MAX_DEAD_LETTER_COPY_BYTES);
        // No global stores here; opting in now silences Kafka's warning and matches its 5.0 default.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return props;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** What {@code /ready} asks: the Streams application is running (and so the table is being served). */
    public List<ReadinessCheck> readinessChecks() {
        return List.of(readiness);
    }

    /** The port the query API listens on (the configured one, or the one picked for port 0). */
    public int httpPort() {
        return api.port();
    }

    @Override
    public void close() {
        api.close();
        streams.close(CLOSE_TIMEOUT);
        streamsMetrics.close();
    }
}
