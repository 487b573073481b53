package io.newswire.ingest.read;

import java.util.Locale;

/** What ingest takes a file to be, from its name alone; the content type recorded in RawArticle. */
public enum FileKind {
    TEXT("text/plain"),
    HTML("text/html"),
    JSON("application/json"),
    JSON_LINES("application/json"),
    UNSUPPORTED(null);

    private final String contentType;

    FileKind(String contentType) {
        this.contentType = contentType;
    }

    /** MIME type of the records made from such a file; JSON Lines lines are application/json each. */
    public String contentType() {
        return contentType;
    }

    /** The kind for a file name, by its extension (case-insensitive); a name without a dot is plain text. */
    public static FileKind of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return TEXT;
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "txt", "text", "md" -> TEXT;
            case "html", "htm" -> HTML;
            case "json" -> JSON;
            case "jsonl", "ndjson" -> JSON_LINES;
            default -> UNSUPPORTED;
        };
    }
}
