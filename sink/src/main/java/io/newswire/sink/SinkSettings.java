package io.newswire.sink;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;
import io.newswire.platform.ops.OpsSettings;
import java.nio.file.Path;
import java.util.List;

/** The sink's configuration keys: its Kafka Streams identity and state, and the query API's address. */
public final class SinkSettings {
    private SinkSettings() {
    }

    public static final Setting<String> APPLICATION_ID = Setting.of("sink.application-id", ValueType.string(),
            "newswire-sink", "Kafka Streams application.id of the sink: its consumer group and the prefix of its internal topics.");
    public static final Setting<Path> STATE_DIR = Setting.of("sink.state-dir", ValueType.path(), Path.of(".newswire/sink"),
            "Where the sink keeps its local copy of the article table (RocksDB); rebuilt from Kafka when lost.");
    public static final Setting<String> HTTP_HOST = Setting.of("sink.http.host", ValueType.string(), "127.0.0.1",
            "Address the query API binds to; 127.0.0.1 keeps it local, 0.0.0.0 exposes it.");
    public static final Setting<Integer> HTTP_PORT = Setting.of("sink.http.port", ValueType.integer(0, 65_535), 8080,
            "Port of the query API; 0 picks a free port.");
    public static final Setting<String> HTTP_ADVERTISED_HOST = Setting.of("sink.http.advertised-host", ValueType.string(), null,
            "Host name other sink instances use to reach this one's query API; defaults to sink.http.host, or this machine's name when that is 0.0.0.0.");
    public static final Setting<String> HTTP_TOKEN = Setting.secret("sink.http.token", ValueType.string(),
            "Bearer token the query API requires on /articles (Authorization: Bearer ...); unset means no authentication.");

    public static final Setting<Integer> OPS_PORT = OpsSettings.port("sink", 9403);

    public static List<Setting<?>> all() {
        return List.of(APPLICATION_ID, STATE_DIR, HTTP_HOST, HTTP_PORT, HTTP_ADVERTISED_HOST, HTTP_TOKEN, OPS_PORT);
    }
}
