package io.newswire.platform.deadletter;

import io.newswire.serde.registry.RegistryResponseException;
import io.newswire.serde.registry.RegistryUnreachableException;
import io.newswire.serde.registry.SchemaRegistryException;
import io.newswire.serde.registry.UnknownSchemaIdException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells record faults (dead-letter the record, go on) from faults of the surroundings (retry, or stop): a registry
 * that is down or refuses our credentials would otherwise send every good record to news.dlq.
 */
public final class RecordFailures {
    /** Enough to reach the root of Streams' and the serde's wrapping, without looping on a cyclic chain. */
    private static final int MAX_CAUSES = 16;

    private RecordFailures() {
    }

    /** True when the record itself is at fault: bad bytes, an unknown schema id, an output that cannot be written. */
    public static boolean isRecordFault(Throwable error) {
        for (Throwable t : chain(error)) {
            if (t instanceof SchemaRegistryException && !(t instanceof UnknownSchemaIdException)) {
                return false;
            }
        }
        return !isTransient(error);
    }

    /** True for failures that a retry may cure: broker or registry briefly unavailable. */
    public static boolean isTransient(Throwable error) {
        for (Throwable t : chain(error)) {
            if (t instanceof RetriableException || t instanceof RegistryUnreachableException
                    || t instanceof RegistryResponseException r && r.status() >= 500) {
                return true;
            }
        }
        return false;
    }

    /** The message of an error and of its causes, for a dead letter's detail. */
    public static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : chain(error)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : "; caused by ").append(message);
            }
        }
        return text.toString();
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = error; t != null && causes.size() < MAX_CAUSES; t = t.getCause()) {
            causes.add(t);
        }
        return causes;
    }
}
