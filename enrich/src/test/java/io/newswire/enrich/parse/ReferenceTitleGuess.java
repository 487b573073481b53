package io.newswire.enrich.parse;

import static io.newswire.enrich.parse.PlainTextParser.CREDIT;
import static io.newswire.enrich.parse.PlainTextParser.DATE_ONLY;
import static io.newswire.enrich.parse.PlainTextParser.HAS_DIGIT;
import static io.newswire.enrich.parse.PlainTextParser.MENU_SEPARATOR;
import static io.newswire.enrich.parse.PlainTextParser.NOT_A_HEADLINE;

import java.util.regex.Pattern;

/**
 * Test-only reference: how {@link PlainTextParser} guessed a title before it split lines lazily and ran its cheap
 * tests first, for a differential test.
 */
final class ReferenceTitleGuess {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReferenceTitleGuess() {
    }

    static String guessTitle(String[] lines, int from) {
        int last = lines.length - 1;
        while (last >= from && lines[last].isBlank()) {
            last--;
        }
        String fallback = null;
        int seen = 0;
        for (int i = from; i < last && seen < 6; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            int words = WHITESPACE.split(line).length;
            if (words >= 15 && !line.startsWith("•") || line.length() > 300) {
                break;
            }
            boolean dateLike = HAS_DIGIT.matcher(line).find() && DATE_ONLY.matcher(line).matches() && words <= 6;
            boolean menu = MENU_SEPARATOR.split(line).length >= 3;
            boolean prose = line.endsWith(".") || line.endsWith(":") || NOT_A_HEADLINE.matcher(line).find();
            if (dateLike || menu || prose || words > 20 || CREDIT.matcher(line).find()) {
                continue;
            }
            if (words <= 3) {
                fallback = fallback == null ? line : fallback;
                continue;
            }
            return line;
        }
        return fallback;
    }
}
