package io.newswire.ingest.read;

/**
 * A rejected file or line.
 *
 * @param code       stable reason code
 * @param detail     specifics for a person (sizes, the parser's message, an offset); may be null
 * @param errorClass class of the exception behind the rejection, if any
 */
public record Rejection(RejectionCode code, String detail, String errorClass) {
    /** Keeps DLQ records and sidecars small whatever a parser put into its message. */
    static final int MAX_DETAIL_CHARS = 2000;

    public Rejection {
        if (detail != null && detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS) + "...";
        }
    }

    public static Rejection of(RejectionCode code, String detail) {
        return new Rejection(code, detail, null);
    }

    public static Rejection of(RejectionCode code, String detail, Throwable cause) {
        return new Rejection(code, detail, cause.getClass().getName());
    }

    public String reason() {
        return code.reason();
    }
}
