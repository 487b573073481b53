package io.newswire.enrich.topology;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;
import io.newswire.platform.ops.OpsSettings;
import java.nio.file.Path;
import java.util.List;

/** The settings of enrich, each documented once here; {@code newswire config} lists them. */
public final class EnrichSettings {
    /** A dead letter carries up to twice this many original bytes, and must fit the topics' 8 MiB max.message.bytes. */
    static final long MAX_OUTPUT_BYTES_LIMIT = 3L << 20;

    public static final Setting<String> APPLICATION_ID = Setting.of("enrich.application-id", ValueType.string(),
            "newswire-enrich", "Kafka Streams application id of enrich: its consumer group, transactional id prefix and "
                    + "state folder name. Every instance of one deployment uses the same id.");
    public static final Setting<Integer> THREADS = Setting.of("enrich.threads", ValueType.integer(1, 64), 1,
            "Stream threads per enrich instance; threads beyond the partition count of news.raw stay idle.");
    public static final Setting<Path> STATE_DIR = Setting.of("enrich.state-dir", ValueType.path(),
            Path.of(".newswire", "enrich"), "Kafka Streams state folder of enrich; enrich keeps no state stores, only "
                    + "its instance id and locks. newswire enrich --reset deletes the application's folder in it.");
    public static final Setting<Long> MAX_OUTPUT_BYTES = Setting.of("enrich.max-output-bytes", ValueType.dataSize(),
            1L << 20, "Largest serialized EnrichedArticle enrich writes, at most 3MiB; a larger result goes to news.dlq "
                    + "as OVERSIZE_OUTPUT.");

    public static final Setting<Integer> OPS_PORT = OpsSettings.port("enrich", 9402);

    private EnrichSettings() {
    }

    public static List<Setting<?>> all() {
        return List.of(APPLICATION_ID, THREADS, STATE_DIR, MAX_OUTPUT_BYTES, OPS_PORT);
    }
}
