package io.newswire.enrich.stance;

import java.util.Set;

/** Closed-class English words that both voice attribution and cue binding read the grammar by. */
final class EnglishWords {

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "every", "each", "any", "some", "no", "whose", "such");
    static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "when", "whom");

    private EnglishWords() {}

    /** A word that looks like an adjective ("official", "warm", "latest"): it sits inside a noun phrase. */
    static boolean isAdjectiveLike(Token t) {
        String w = t.norm;
        return w.endsWith("al") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ic")
                || w.equals("warm") || w.equals("new") || w.equals("latest") || w.equals("first") || w.equals("last");
    }
}
