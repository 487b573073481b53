package io.newswire.platform.deadletter;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Records that do not deserialize (garbage bytes, wrong magic byte, unknown schema id) go to news.dlq as
 * DESERIALIZATION, with the serde's message and the original bytes; the app resumes with the next record. A registry that cannot be
 * reached or refuses us is not the record's fault: the thread fails and is replaced, and the record is read again.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromStreamsConfig(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        if (!RecordFailures.isRecordFault(exception)) {
            return Response.fail();
        }
        return Response.resume(List.of(deadLetters.deadLetter(DeadLetterFailure.deserialization(exception), context,
                DeadLetterRecords.keyText(record.key()), record.key(), record.value())));
    }
}
