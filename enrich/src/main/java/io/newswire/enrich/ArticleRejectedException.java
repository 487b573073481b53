package io.newswire.enrich;

/**
 * A record the enricher cannot turn into an article at all (required fields missing). Carries a stable code for
 * the dead-letter topic; the topology catches it and writes a {@code DeadLetter}.
 */
public final class ArticleRejectedException extends RuntimeException {

    private final String code;

    public ArticleRejectedException(String code, String reason, Throwable cause) {
        super(reason, cause);
        this.code = code;
    }

    /** Stable machine-readable reason, e.g. INVALID_RECORD. */
    public String code() {
        return code;
    }
}
