package io.newswire.ingest.read;

import java.nio.charset.Charset;

/**
 * Text decoded from a file's bytes, with the charset used and how it was chosen (RawArticle.charset and
 * charsetSource).
 */
record DecodedText(String text, Charset charset, Source source) {
    /** How the charset was chosen; the names are those of RawArticle.charsetSource. */
    enum Source { BOM, VALID_UTF8, DETECTED }
}
