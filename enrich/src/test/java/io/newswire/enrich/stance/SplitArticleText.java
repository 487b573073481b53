package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The paragraphs of {@link ArticleText} as they were made before the one-pass version: split, strip, drop blanks and
 * repeats, join. A reference for the differential test.
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
        long h = 0xcbf29ce484222325L ^ s.length();
        int end = Math.min(s.length(), 240);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c | 0x20);
                } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }
}
