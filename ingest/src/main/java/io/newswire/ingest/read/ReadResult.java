package io.newswire.ingest.read;

import io.newswire.avro.RawArticle;
import java.util.List;

/** What reading a claimed file gave: records to publish, or a rejection of the whole file. */
public sealed interface ReadResult {

    /**
     * The file is accepted.
     *
     * @param records       one record, or one per good line of a JSON Lines file
     * @param rejectedLines bad lines of a JSON Lines file; empty otherwise
     */
    record Accepted(List<RawArticle> records, List<LineRejection> rejectedLines) implements ReadResult {
    }

    /**
     * The whole file is rejected.
     *
     * @param rejection     why
     * @param sizeBytes     the file's size when known
     * @param articleId     hex SHA-256 of the content when it was read, else null
     * @param rejectedLines for a JSON Lines file without a single good line: its bad lines; empty otherwise
     */
    record Rejected(Rejection rejection, Long sizeBytes, String articleId, List<LineRejection> rejectedLines)
            implements ReadResult {
        public static Rejected of(Rejection rejection, Long sizeBytes) {
            return new Rejected(rejection, sizeBytes, null, List.of());
        }
    }
}
