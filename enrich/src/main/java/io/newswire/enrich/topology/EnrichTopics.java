package io.newswire.enrich.topology;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.Config;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.serde.SpecificAvroSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics enrich reads and writes, with their value serdes, declared once. Keys are plain UTF-8 strings
 * (the topic contract), values Confluent-wire-format Avro; the output serializer enforces
 * {@code enrich.max-output-bytes}.
 *
 * @param raw           news.raw: the input
 * @param enriched      news.enriched: the output, keyed by article id
 * @param dlq           news.dlq: dead letters, written by the exception handlers
 * @param rawSerde      RawArticle values
 * @param enrichedSerde EnrichedArticle values, size-checked on write
 */
public record EnrichTopics(String raw, String enriched, String dlq, Serde<RawArticle> rawSerde,
                           Serde<EnrichedArticle> enrichedSerde) {

    public static EnrichTopics from(Config config) {
        NewswireTopics topics = new NewswireTopics(config);
        SpecificAvroSerde<RawArticle> raw = KafkaClients.valueSerde(config);
        SpecificAvroSerde<EnrichedArticle> enriched = KafkaClients.valueSerde(config);
        Serde<EnrichedArticle> limited = Serdes.serdeFrom(
                new SizeLimitedSerializer<>(enriched.serializer(), config.get(EnrichSettings.MAX_OUTPUT_BYTES)),
                enriched.deserializer());
        return new EnrichTopics(topics.raw().name(), topics.enriched().name(), topics.dlq().name(), raw, limited);
    }
}
