package io.newswire.enrich.language;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Letters of a text counted by Unicode script, to settle languages whose script is their own. */
record ScriptCount(int letters, Map<UnicodeScript, Integer> byScript) {

    private static final Map<UnicodeScript, String> UNIQUE = Map.of(
            UnicodeScript.HANGUL, "ko", UnicodeScript.GREEK, "el", UnicodeScript.HEBREW, "he",
            UnicodeScript.THAI, "th", UnicodeScript.ARMENIAN, "hy", UnicodeScript.GEORGIAN, "ka");

    static ScriptCount of(String text, int maxChars) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        int letters = 0;
        int latin = 0;
        int limit = Math.min(text.length(), maxChars);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                    letters++;
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                counts.merge(UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (latin > 0) {
            counts.merge(UnicodeScript.LATIN, latin, Integer::sum);
        }
        return new ScriptCount(letters, counts);
    }

    private int count(UnicodeScript s) {
        return byScript.getOrDefault(s, 0);
    }

    /** The language when the text is mostly in a script only one language uses; else null (ask the model). */
    String uniqueScriptLanguage() {
        UnicodeScript top = null;
        for (Map.Entry<UnicodeScript, Integer> e : byScript.entrySet()) {
            if (top == null || e.getValue() > count(top)) {
                top = e.getKey();
            }
        }
        if (top == null || count(top) * 2 < letters) {
            return null;
        }
        // Japanese mixes Han with kana; any notable kana means Japanese, Han alone means Chinese.
        int kana = count(UnicodeScript.HIRAGANA) + count(UnicodeScript.KATAKANA);
        if (top == UnicodeScript.HAN || top == UnicodeScript.HIRAGANA || top == UnicodeScript.KATAKANA) {
            return kana * 10 >= count(UnicodeScript.HAN) + kana ? "ja" : "zh";
        }
        return UNIQUE.get(top);
    }

    /** Share of letters in the dominant script, as the confidence of a script decision. */
    double dominance() {
        int top = byScript.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return letters == 0 ? 0.0 : Math.min(0.99, Math.round(100.0 * top / letters) / 100.0);
    }
}
