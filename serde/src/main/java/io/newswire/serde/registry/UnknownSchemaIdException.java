package io.newswire.serde.registry;

/**
 * A payload names a schema id the registry does not know: the record was written against another registry, or the
 * registry lost its schemas. Permanent, so it is never retried.
 */
public class UnknownSchemaIdException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    private final int schemaId;

    /**
     * @param detail what the registry said, or null
     */
    public UnknownSchemaIdException(String registry, int schemaId, String detail) {
        super(registry, "unknown schema id " + schemaId + " (registry " + registry + ")"
                + (detail == null || detail.isBlank() ? "" : ": " + detail), null);
        this.schemaId = schemaId;
    }

    /** The id that was looked up. */
    public int schemaId() {
        return schemaId;
    }
}
