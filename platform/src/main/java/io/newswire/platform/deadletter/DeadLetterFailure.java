package io.newswire.platform.deadletter;

/**
 * Why a record was dead-lettered: a stable code, one sentence for a person, and the error behind it.
 *
 * @param code   the DeadLetter code, e.g. DESERIALIZATION
 * @param reason what was wrong and what to do
 * @param error  the exception that rejected the record
 */
public record DeadLetterFailure(String code, String reason, Exception error) {
    public static final String DESERIALIZATION = "DESERIALIZATION";

    /** A record that is not Confluent-wire-format Avro with a schema the registry knows. */
    public static DeadLetterFailure deserialization(Exception error) {
        return new DeadLetterFailure(DESERIALIZATION, "The record is not in Confluent Avro wire format with a schema "
                + "known to the registry; fix the producer that wrote it and re-send the article.", error);
    }
}
