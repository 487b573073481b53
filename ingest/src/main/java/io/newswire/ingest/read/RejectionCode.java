package io.newswire.ingest.read;

/**
 * Why a file (or a JSON Lines line) was rejected: a stable code for machines (DeadLetter.code, the sidecar, metrics)
 * and one sentence telling a person what was wrong and what to do.
 */
public enum RejectionCode {
    EMPTY_FILE("The file is empty (0 bytes); write the article into it before moving it into the inbox."),
    BLANK_CONTENT("The file holds only whitespace, so there is no article to publish."),
    BINARY_CONTENT("The file holds binary data, not text (for example an image or a document saved under a text name); export the article as text, HTML or JSON."),
    TOO_LARGE("The file is larger than ingest.max-file-size; split it, or raise the limit if such articles are expected."),
    UNDECODABLE_TEXT("The bytes are not valid text in any character encoding ingest could determine; save the file as UTF-8."),
    MALFORMED_JSON("The JSON is not well-formed; fix the syntax error named in the detail."),
    WRONG_JSON_SHAPE("A .json file (or a .jsonl line) must hold exactly one JSON object, one article; use .jsonl for several articles."),
    NO_VALID_LINES("No line of this JSON Lines file is a JSON object; check that it really is JSON Lines (one object per line)."),
    UNSUPPORTED_TYPE("Ingest reads only .txt, .text, .md, .html, .htm, .json, .jsonl, .ndjson and files without an extension; convert or rename the file."),
    SYMLINK("The entry is a symbolic link, which ingest does not follow (see ingest.follow-symlinks); put the real file into the inbox."),
    SPECIAL_FILE("The entry is not a regular file (a FIFO, socket or device); only regular files can be ingested."),
    UNREADABLE("Ingest is not allowed to read the file; make it readable for the ingest user and drop it again."),
    READ_ERROR("The file could not be read because of an I/O error; check the disk or mount and drop the file again."),
    INTERNAL_ERROR("Ingest failed on this file because of an error in ingest itself; report it with the detail, then drop the file again."),
    RECORD_TOO_LARGE("The article fits ingest.max-file-size but its record is larger than the broker or topic accepts; raise the topic's max.message.bytes or lower ingest.max-file-size.");

    private final String reason;

    RejectionCode(String reason) {
        this.reason = reason;
    }

    /** One sentence for a person: what was wrong and what to do. */
    public String reason() {
        return reason;
    }
}
