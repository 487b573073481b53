package io.newswire.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Checks that text is exactly one JSON object, without building it: ingest captures, enrich interprets. The whole
 * value is parsed (so syntax errors anywhere are found) with Jackson's streaming parser and its default limits.
 */
final class JsonShape {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonShape() {
    }

    /** Null when the text is one JSON object, otherwise why not. */
    static Rejection check(String text) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return Rejection.of(RejectionCode.MALFORMED_JSON, "no JSON value");
            }
            p.skipChildren();
            if (first != JsonToken.START_OBJECT) {
                return Rejection.of(RejectionCode.WRONG_JSON_SHAPE, "expected one JSON object but found " + describe(first));
            }
            if (p.nextToken() != null) {
                return Rejection.of(RejectionCode.WRONG_JSON_SHAPE,
                        "expected one JSON object but found more than one JSON value");
            }
            return null;
        } catch (JsonProcessingException e) {
            return Rejection.of(RejectionCode.MALFORMED_JSON, message(e), e);
        } catch (IOException e) {
            // Parsing a String does no I/O; kept for the checked signature.
            return Rejection.of(RejectionCode.MALFORMED_JSON, e.getMessage(), e);
        }
    }

    private static String message(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return e.getOriginalMessage() + where;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
