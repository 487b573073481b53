package io.newswire.enrich.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a tagger's phrases (names and lexicon), numbered. Each token of an article is looked up once and
 * carries its word's number ({@link Token#word}), so that every {@link PhraseMatcher} sharing these words compares
 * numbers instead of hashing and comparing strings at every token. Filled while the tagger is built, read-only after.
 */
final class PhraseWords {

    /** The number of a token whose stem is in no phrase. */
    static final int NONE = -1;

    private final Map<String, Integer> numbers = new HashMap<>();

    /** The number of a phrase word's stem, given a new one if it is new. */
    int add(String stem) {
        return numbers.computeIfAbsent(stem, k -> numbers.size());
    }

    /** Sets each word token's {@link Token#word}: the number of its stem, or {@link #NONE}. */
    void number(List<Token> toks) {
        for (Token t : toks) {
            if (t.isWord()) {
                Integer n = numbers.get(t.stem);
                t.word = n == null ? NONE : n;
            }
        }
    }
}
