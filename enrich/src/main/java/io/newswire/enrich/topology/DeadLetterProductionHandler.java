package io.newswire.enrich.topology;

import io.newswire.platform.deadletter.DeadLetterFailure;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.platform.deadletter.RecordFailures;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * Outputs that cannot be written go to news.dlq with the original news.raw bytes: larger than
 * {@code enrich.max-output-bytes} (or refused as too large by the producer) as OVERSIZE_OUTPUT, not serializable as
 * INVALID_OUTPUT. Registry and broker trouble is not the record's fault: retriable errors are retried, the rest fail
 * the thread.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromStreamsConfig(configs);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        if (!RecordFailures.isRecordFault(exception)) {
            return Response.fail();
        }
        DeadLetterFailure failure = exception instanceof OversizeOutputException
                ? EnrichFailures.oversizeOutput(exception)
                : EnrichFailures.invalidOutput(exception);
        return deadLetter(failure, context, record);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RecordTooLargeException && !record.topic().equals(deadLetters.topic())) {
            return deadLetter(EnrichFailures.oversizeOutput(exception), context, record);
        }
        return exception instanceof RetriableException ? Response.retry() : Response.fail();
    }

    private Response deadLetter(DeadLetterFailure failure, ErrorHandlerContext context, ProducerRecord<?, ?> output) {
        return Response.resume(List.of(deadLetters.deadLetter(failure, context, DeadLetterRecords.keyText(output.key()),
                context.sourceRawKey(), context.sourceRawValue())));
    }
}
