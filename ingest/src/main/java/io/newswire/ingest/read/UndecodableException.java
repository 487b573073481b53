package io.newswire.ingest.read;

/** The bytes are not text in any charset ingest could determine; the message is the detail for a person. */
final class UndecodableException extends Exception {
    UndecodableException(String message) {
        super(message);
    }
}
