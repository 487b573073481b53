package io.newswire.ingest.publish;

import io.newswire.avro.DeadLetter;
import io.newswire.ingest.claim.ClaimedFile;
import io.newswire.ingest.read.LineRejection;
import io.newswire.ingest.read.ReadResult;
import io.newswire.ingest.read.Rejection;
import java.nio.ByteBuffer;
import java.time.Clock;

/**
 * Builds the DeadLetter records ingest publishes to news.dlq: metadata and the reason, never a file's content (the
 * rejected file itself lies in the failed folder). A rejected JSON Lines line carries its own bytes, up to 64 KiB,
 * because its file went to done (or was deleted) with the good lines.
 */
public final class DeadLetters {
    public static final String STAGE = "ingest";
    static final int MAX_LINE_BYTES = 64 * 1024;

    private final String host;
    private final Clock clock;

    public DeadLetters(String host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    public DeadLetter forFile(ClaimedFile file, ReadResult.Rejected rejected, String failedPath) {
        return base(file, rejected.rejection())
                .setFailedPath(failedPath)
                .setSizeBytes(rejected.sizeBytes())
                .setArticleId(rejected.articleId())
                .build();
    }

    public DeadLetter forLine(ClaimedFile file, LineRejection line) {
        byte[] bytes = line.lineBytes();
        return base(file, line.rejection())
                .setLineNumber(line.lineNumber())
                .setSizeBytes((long) bytes.length)
                .setArticleId(line.articleId())
                .setOriginalValue(bytes.length <= MAX_LINE_BYTES ? ByteBuffer.wrap(bytes) : null)
                .build();
    }

    private DeadLetter.Builder base(ClaimedFile file, Rejection r) {
        return DeadLetter.newBuilder()
                .setStage(STAGE)
                .setCode(r.code().name())
                .setReason(r.reason())
                .setDetail(r.detail())
                .setErrorClass(r.errorClass())
                .setOccurredAt(clock.instant())
                .setHost(host)
                .setFileName(file.fileName())
                .setRelativePath(file.relativePath());
    }
}
