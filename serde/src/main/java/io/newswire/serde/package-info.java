/**
 * Kafka serializers, deserializers and serdes for Avro in the Confluent wire format: a magic byte {@code 0}, the
 * writer schema's registry id as a 4-byte big-endian int, then the Avro binary encoding of the value.
 *
 * <p>The classes mirror Confluent's names, configuration keys (see {@link io.newswire.serde.SerdeConfig}) and
 * behaviour, so an application can switch between these and Confluent's by configuration alone:
 * {@link io.newswire.serde.KafkaAvroSerializer}, {@link io.newswire.serde.KafkaAvroDeserializer},
 * {@link io.newswire.serde.SpecificAvroSerde} and {@link io.newswire.serde.GenericAvroSerde}. The schema registry
 * client lives in {@link io.newswire.serde.registry}.
 */
package io.newswire.serde;
