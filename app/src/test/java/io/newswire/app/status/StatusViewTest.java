package io.newswire.app.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusViewTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:12:03Z");
    private final StatusView view = new StatusView(ZoneOffset.UTC);

    @Test
    void rendersTopicsGroupsDeadLettersAndTheInbox() {
        StatusReport report = new StatusReport(NOW, "127.0.0.1:9092", Duration.ofSeconds(2),
                List.of(new StatusReport.TopicStatus("news.raw", 3, 1204, 12.5),
                        new StatusReport.TopicStatus("news.dlq", 3, 17, 0),
                        new StatusReport.TopicStatus("news.other", 0, 0, 0)),
                List.of(new StatusReport.GroupLag("newswire-enrich", "Stable", 1, "news.raw", 3, 0),
                        new StatusReport.GroupLag("newswire-sink", "Empty", 0, "news.enriched", 40, 2)),
                new StatusReport.DeadLetters("news.dlq", 17, true, List.of(
                        new StatusReport.Letter(NOW.minusSeconds(5), "ingest", "EMPTY_FILE", "tass/empty.txt",
                                "The file is empty (0 bytes); write the article into it before moving it into the inbox."),
                        new StatusReport.Letter(NOW.minusSeconds(60), "enrich", "DESERIALIZATION", "news.raw-1@17",
                                "The record is not in Confluent Avro wire format\nwith a schema known to the registry; "
                                        + "fix the producer that wrote it and re-send the article."))),
                new StatusReport.Inbox(Path.of("/data/inbox"), true, 3, Duration.ofSeconds(12), 1));

        assertThat(view.render(report)).isEqualTo("""
                newswire status at 2026-05-04 10:12:03, Kafka 127.0.0.1:9092

                Topics (end offsets summed over partitions; rate over 2.0 s)
                  news.raw      3 partitions  end        1,204       12.5/s
                  news.dlq      3 partitions  end           17        0.0/s
                  news.other  missing

                Consumer groups (lag: records not yet committed)
                  newswire-enrich  Stable, 1 member      news.raw       lag          3
                  newswire-sink    Empty, 0 members      news.enriched  lag         40  (2 partitions not committed yet)

                Dead letters: 17 in news.dlq; the latest 2:
                  2026-05-04 10:11:58  ingest  EMPTY_FILE        tass/empty.txt  The file is empty (0 bytes); write the article into it before moving it into the inbox.
                  2026-05-04 10:11:03  enrich  DESERIALIZATION   news.raw-1@17   The record is not in Confluent Avro wire format with a schema known to the registry; fix …

                Inbox /data/inbox: 3 files waiting (oldest 12 s), 1 being processed
                """);
    }

    @Test
    void saysWhatIsMissingOrOnlyPartlyCounted() {
        StatusReport report = new StatusReport(NOW, "kafka:9092", Duration.ofMillis(500), List.of(), List.of(),
                new StatusReport.DeadLetters("news.dlq", 30_000, false, List.of()),
                new StatusReport.Inbox(Path.of("/elsewhere/inbox"), false, 0, null, 0));

        assertThat(view.render(report))
                .contains("rate over 0.5 s")
                .contains("  none reads the newswire topics yet")
                .contains("Dead letters: at least 30,000 in news.dlq\n")
                .contains("Inbox /elsewhere/inbox: not on this machine");
    }

    @Test
    void agesReadAsAPersonWouldSayThem() {
        assertThat(StatusView.age(Duration.ofSeconds(59))).isEqualTo("59 s");
        assertThat(StatusView.age(Duration.ofMinutes(5))).isEqualTo("5 min");
        assertThat(StatusView.age(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(StatusView.age(Duration.ofDays(3))).isEqualTo("3 d");
    }
}
