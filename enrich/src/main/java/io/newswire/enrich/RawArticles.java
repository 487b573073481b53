package io.newswire.enrich;

import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds {@link RawArticle}s from files the way ingest does, for {@code explain} and {@code eval} without Kafka:
 * content type from the extension, UTF-8 (a BOM dropped; windows-1252 when the bytes are not UTF-8), id = SHA-256
 * of the bytes, fileModifiedAt = the file's modified time. A JSON Lines file gives one article per line.
 */
public final class RawArticles {

    private static final String HOST = hostName();

    private RawArticles() {
    }

    public static List<RawArticle> fromFile(Path file) throws IOException {
        return fromFile(file, Clock.systemUTC());
    }

    public static List<RawArticle> fromFile(Path file, Clock clock) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        String name = file.getFileName().toString();
        if (isJsonLines(name)) {
            return jsonLines(name, bytes, modified, clock.instant());
        }
        return List.of(build(name, bytes, contentType(name), null, modified, clock.instant()));
    }

    /** A raw article from text in memory, typed by the file name's extension (tests, tools). */
    public static RawArticle of(String fileName, String content, Instant fileModifiedAt) {
        return build(fileName, content.getBytes(StandardCharsets.UTF_8), contentType(fileName), null, fileModifiedAt, Instant.now());
    }

    /** text/plain, text/html or application/json by extension; no extension or an unknown one is text. */
    public static String contentType(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return "text/html";
        }
        if (n.endsWith(".json") || isJsonLines(n)) {
            return "application/json";
        }
        return "text/plain";
    }

    private static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static List<RawArticle> jsonLines(String name, byte[] bytes, Instant modified, Instant now) {
        List<RawArticle> out = new ArrayList<>();
        int start = 0;
        int lineNumber = 1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, i);
                if (!new String(line, StandardCharsets.UTF_8).isBlank()) {
                    out.add(build(name, line, "application/json", lineNumber, modified, now));
                }
                start = i + 1;
                lineNumber++;
            }
        }
        return out;
    }

    private static RawArticle build(String name, byte[] bytes, String contentType, Integer lineNumber, Instant modified, Instant now) {
        Decoded d = decode(bytes);
        return RawArticle.newBuilder()
                .setId(CanonicalUrl.sha256Hex(bytes))
                .setFileName(name)
                .setRelativePath(name)
                .setSourceHint(null)
                .setContentType(contentType)
                .setLineNumber(lineNumber)
                .setCharset(d.charset())
                .setCharsetSource(d.source())
                .setSizeBytes(bytes.length)
                .setContent(d.text())
                .setFileModifiedAt(modified)
                .setIngestedAt(now)
                .setHost(HOST)
                .build();
    }

    private record Decoded(String text, String charset, String source) {
    }

    private static Decoded decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new Decoded(text, "UTF-8", bom ? "BOM" : "VALID_UTF8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, Charset.forName("windows-1252")), "windows-1252", "DETECTED");
        }
    }

    private static String hostName() {
        String h = System.getenv("HOSTNAME");
        return h == null || h.isBlank() ? "localhost" : h;
    }
}
