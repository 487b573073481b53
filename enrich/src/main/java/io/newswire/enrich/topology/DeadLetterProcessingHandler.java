package io.newswire.enrich.topology;

import io.newswire.platform.deadletter.DeadLetterRecords;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Exceptions from the enrichment step go to news.dlq with the original news.raw bytes: an
 * {@code ArticleRejectedException} with its own code, anything else as ENRICHMENT_FAILED. The app resumes with the
 * next record.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromStreamsConfig(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(List.of(deadLetters.deadLetter(EnrichFailures.enrichment(exception), context,
                DeadLetterRecords.keyText(record.key()), context.sourceRawKey(), context.sourceRawValue())));
    }
}
