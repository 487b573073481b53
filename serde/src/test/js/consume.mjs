// Consumes a topic from the beginning with kafkajs and decodes each value with Confluent's official JavaScript
// Avro deserializer, printing one JSON line per record: {"partition", "offset", "key", "value"}.
// Timestamps (Avro longs) print as epoch milliseconds, bytes as base64.
//
// Usage: node consume.mjs <bootstrap-servers> <schema-registry-url> <topic> <expected-count> [timeout-seconds]
// Exits 0 after printing <expected-count> records, 1 on any failure, 2 on timeout.
import kafkajs from 'kafkajs';
import schemaregistry from '@confluentinc/schemaregistry';

const { Kafka, logLevel } = kafkajs;
const { AvroDeserializer, SchemaRegistryClient, SerdeType, SubjectNameStrategyType } = schemaregistry;

const [bootstrapServers, registryUrl, topic, expectedText, timeoutText = '60'] = process.argv.slice(2);
if (!bootstrapServers || !registryUrl || !topic || !expectedText) {
  console.error('usage: node consume.mjs <bootstrap-servers> <schema-registry-url> <topic> <expected-count> [timeout-seconds]');
  process.exit(1);
}
const expected = Number.parseInt(expectedText, 10);

const registry = new SchemaRegistryClient({ baseURLs: [registryUrl], maxRetries: 2, retriesWaitMs: 200 });
// TOPIC (<topic>-value) explicitly: the default ASSOCIATED strategy first asks the registry's /associations
// endpoint, which only recent Confluent registries have.
const deserializer = new AvroDeserializer(registry, SerdeType.VALUE, {
  subjectNameStrategyType: SubjectNameStrategyType.TOPIC,
});

const kafka = new Kafka({
  clientId: 'newswire-serde-interop',
  brokers: bootstrapServers.split(','),
  logLevel: logLevel.ERROR,
  // stdout carries only records; kafkajs' own messages (e.g. a coordinator not ready yet, retried) go to stderr.
  logCreator: () => ({ namespace, label, log }) => console.error(`kafkajs ${label} ${namespace}: ${log.message}`),
});
const consumer = kafka.consumer({ groupId: `newswire-serde-interop-${process.pid}-${Date.now()}` });

function toJson(key, value) {
  const raw = this[key];
  if (raw instanceof Date) {
    return raw.getTime();
  }
  if (Buffer.isBuffer(raw)) {
    return raw.toString('base64');
  }
  if (typeof raw === 'bigint') {
    return raw.toString();
  }
  return value;
}

let seen = 0;
let settle;
// How the run ends: with all records (0), a failure (1) or the timeout (2). Settled from inside kafkajs'
// message handler, but acted on outside it: disconnecting from within the handler would wait for itself.
const outcome = new Promise((resolve) => {
  settle = resolve;
});
const timer = setTimeout(
  () => settle({ code: 2, message: `timed out after ${timeoutText} s with ${seen} of ${expected} records from ${topic}` }),
  Number.parseInt(timeoutText, 10) * 1000);

try {
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      if (seen >= expected) {
        return;
      }
      try {
        const value = message.value === null ? null : await deserializer.deserialize(topic, message.value);
        const key = message.key === null ? null : message.key.toString('utf8');
        process.stdout.write(JSON.stringify({ partition, offset: message.offset, key, value }, toJson) + '\n');
      } catch (error) {
        seen = expected;
        settle({ code: 1, message: `cannot decode ${topic}/${partition}@${message.offset}: ${error.stack ?? error}` });
        return;
      }
      seen += 1;
      if (seen === expected) {
        settle({ code: 0 });
      }
    },
  });
} catch (error) {
  settle({ code: 1, message: `consumer failed: ${error.stack ?? error}` });
}

const { code, message } = await outcome;
clearTimeout(timer);
if (message) {
  console.error(message);
}
await Promise.race([consumer.disconnect(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
process.exit(code);
