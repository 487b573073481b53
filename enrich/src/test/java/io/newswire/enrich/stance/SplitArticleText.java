package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs of {@link ArticleText} as they were made before the one-pass version: split, strip, drop blanks and
 * repeats (by the same key), join. A reference for the differential test.
 */
record SplitArticleText(String doc, List<String> paragraphs, int titleParagraphs, boolean[] embedded) {

    static SplitArticleText of(String text, String title) {
        List<String> body = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && seen.add(key(t))) {
                body.add(t);
            }
        }
        List<String> paras = new ArrayList<>(body.size() + 1);
        if (title != null && !title.isBlank() && !seen.contains(key(title.strip()))) {
            paras.add(title.strip());
        }
        int titleParagraphs = paras.size();
        paras.addAll(body);
        return new SplitArticleText(String.join("\n", paras), paras, titleParagraphs, embeddedPosts(paras, titleParagraphs));
    }

    private static boolean[] embeddedPosts(List<String> paras, int titleParagraphs) {
        boolean[] out = new boolean[paras.size()];
        for (int p = 0; p < paras.size(); p++) {
            String s = paras.get(p);
            boolean attributionLine = (s.startsWith("—") || s.startsWith("–") || s.startsWith("-")) && s.contains("(@");
            if (s.contains("pic.twitter.com") || s.contains("twitter.com/") && s.contains("/status") || attributionLine) {
                out[p] = true;
            }
            if (attributionLine && p > titleParagraphs && paras.get(p - 1).length() < 600) {
                out[p - 1] = true;
            }
        }
        return out;
    }

    private static long key(String s) {
        return ArticleText.key(s, 0, s.length());
    }
}
