package io.newswire.ingest.read;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns a claimed file into RawArticle records, or into a rejection with a reason. It checks what it must to capture
 * the file faithfully (entry type, name, size, binary content, charset, JSON shape) and interprets nothing else.
 * Never reads more than the size limit into memory: the size is checked before reading, and reading stops one byte
 * past the limit in case the file grew. Thread-safe.
 */
public final class ArticleReader {
    private final long maxFileSize;
    private final boolean followSymlinks;
    private final String host;
    private final Clock clock;
    private final TextDecoder decoder = new TextDecoder();
    private final Opener opener;

    /** Opens a file for reading; a seam for tests, since permission checks cannot be provoked as root. */
    interface Opener {
        InputStream open(Path path) throws IOException;
    }

    public ArticleReader(long maxFileSize, boolean followSymlinks, String host, Clock clock) {
        this(maxFileSize, followSymlinks, host, clock, Files::newInputStream);
    }

    ArticleReader(long maxFileSize, boolean followSymlinks, String host, Clock clock, Opener opener) {
        this.maxFileSize = maxFileSize;
        this.followSymlinks = followSymlinks;
        this.host = host;
        this.clock = clock;
        this.opener = opener;
    }

    public ReadResult read(ClaimedFile file) {
        try {
            return readChecked(file);
        } catch (AccessDeniedException e) {
            return ReadResult.Rejected.of(Rejection.of(RejectionCode.UNREADABLE, "permission denied", e), null);
        } catch (IOException e) {
            return ReadResult.Rejected.of(Rejection.of(RejectionCode.READ_ERROR, e.toString(), e), null);
        }
    }

    private ReadResult readChecked(ClaimedFile file) throws IOException {
        Path path = file.path();
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attrs.isSymbolicLink()) {
            if (!followSymlinks) {
                return rejected(RejectionCode.SYMLINK, "links to " + Files.readSymbolicLink(path), null);
            }
            try {
                attrs = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return rejected(RejectionCode.SYMLINK, "the link's target " + Files.readSymbolicLink(path) + " does not exist", null);
            }
            if (attrs.isDirectory()) {
                return rejected(RejectionCode.SYMLINK, "the link points to a folder", null);
            }
        }
        if (!attrs.isRegularFile()) {
            return rejected(RejectionCode.SPECIAL_FILE, attrs.isDirectory() ? "a folder" : "a FIFO, socket or device", null);
        }
        FileKind kind = FileKind.of(file.fileName());
        long size = attrs.size();
        if (kind == FileKind.UNSUPPORTED) {
            return rejected(RejectionCode.UNSUPPORTED_TYPE, "file name " + file.fileName(), size);
        }
        if (size == 0) {
            return rejected(RejectionCode.EMPTY_FILE, null, 0L);
        }
        if (size > maxFileSize) {
            return rejected(RejectionCode.TOO_LARGE, tooLarge(size), size);
        }
        byte[] bytes;
        try (InputStream in = opener.open(path)) {
            bytes = in.readNBytes((int) maxFileSize + 1);
        }
        if (bytes.length > maxFileSize) {
            return rejected(RejectionCode.TOO_LARGE, tooLarge(bytes.length) + " (the file grew while it was read)", (long) bytes.length);
        }
        if (bytes.length == 0) {
            return rejected(RejectionCode.EMPTY_FILE, null, 0L);
        }
        Instant modified = attrs.lastModifiedTime().toInstant();
        return fromBytes(file, kind, bytes, modified);
    }

    private ReadResult fromBytes(ClaimedFile file, FileKind kind, byte[] bytes, Instant modified) {
        long size = bytes.length;
        String id = sha256(bytes, 0, bytes.length);
        String binary = BinarySniffer.sniffBytes(bytes);
        if (binary != null) {
            return new ReadResult.Rejected(Rejection.of(RejectionCode.BINARY_CONTENT, binary), size, id, List.of());
        }
        DecodedText decoded;
        try {
            decoded = decoder.decode(bytes);
        } catch (UndecodableException e) {
            return new ReadResult.Rejected(Rejection.of(RejectionCode.UNDECODABLE_TEXT, e.getMessage()), size, id, List.of());
        }
        String text = decoded.text();
        String binaryText = decoded.source() == DecodedText.Source.BOM && decoded.charset() != StandardCharsets.UTF_8
                ? BinarySniffer.sniffText(text) : null;
        if (binaryText != null) {
            return new ReadResult.Rejected(Rejection.of(RejectionCode.BINARY_CONTENT, binaryText), size, id, List.of());
        }
        if (isBlank(text)) {
            return new ReadResult.Rejected(Rejection.of(RejectionCode.BLANK_CONTENT, size + " bytes of whitespace"), size, id, List.of());
        }
        RecordTemplate template = new RecordTemplate(file, kind, decoded, modified, clock.instant());
        return switch (kind) {
            case JSON -> {
                Rejection shape = JsonShape.check(text);
                yield shape == null ? accepted(template.record(id, text, size, null))
                        : new ReadResult.Rejected(shape, size, id, List.of());
            }
            case JSON_LINES -> readLines(template, text, decoded.charset(), size, id);
            default -> accepted(template.record(id, text, size, null));
        };
    }

    private ReadResult readLines(RecordTemplate template, String text, Charset charset, long size, String fileId) {
        List<RawArticle> records = new ArrayList<>();
        List<LineRejection> bad = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (isBlank(line)) {
                continue;
            }
            byte[] lineBytes = line.getBytes(charset);
            String id = sha256(lineBytes, 0, lineBytes.length);
            Rejection shape = JsonShape.check(line);
            if (shape == null) {
                records.add(template.record(id, line, lineBytes.length, lineNumber));
            } else {
                bad.add(new LineRejection(lineNumber, shape, lineBytes, id));
            }
        }
        if (records.isEmpty()) {
            String detail = bad.size() + " line(s), none a JSON object; line " + bad.get(0).lineNumber() + ": "
                    + bad.get(0).rejection().detail();
            return new ReadResult.Rejected(Rejection.of(RejectionCode.NO_VALID_LINES, detail), size, fileId, bad);
        }
        return new ReadResult.Accepted(records, bad);
    }

    private String tooLarge(long size) {
        return size + " bytes, limit " + maxFileSize + " bytes";
    }

    private static ReadResult accepted(RawArticle record) {
        return new ReadResult.Accepted(List.of(record), List.of());
    }

    private static ReadResult rejected(RejectionCode code, String detail, Long size) {
        return ReadResult.Rejected.of(Rejection.of(code, detail), size);
    }

    /** Whitespace only, counting the invisible characters editors leave behind (no-break and zero-width spaces, BOM). */
    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] b, int offset, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, offset, length);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fields every record of one file shares. */
    private final class RecordTemplate {
        private final ClaimedFile file;
        private final FileKind kind;
        private final DecodedText decoded;
        private final Instant modified;
        private final Instant ingested;

        RecordTemplate(ClaimedFile file, FileKind kind, DecodedText decoded, Instant modified, Instant ingested) {
            this.file = file;
            this.kind = kind;
            this.decoded = decoded;
            this.modified = modified;
            this.ingested = ingested;
        }

        RawArticle record(String id, String content, long sizeBytes, Integer lineNumber) {
            return RawArticle.newBuilder()
                    .setId(id)
                    .setFileName(file.fileName())
                    .setRelativePath(file.relativePath())
                    .setSourceHint(file.sourceHint())
                    .setContentType(kind.contentType())
                    .setLineNumber(lineNumber)
                    .setCharset(decoded.charset().name())
                    .setCharsetSource(decoded.source().name())
                    .setSizeBytes(sizeBytes)
                    .setContent(content)
                    .setFileModifiedAt(modified)
                    .setIngestedAt(ingested)
                    .setHost(host)
                    .build();
        }
    }
}
