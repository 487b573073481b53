package io.newswire.enrich.source;

import java.util.List;
import java.util.Random;

/** Random text for differential tests: words, stops, spaces of every kind and letters whose case is tricky. */
final class RandomText {

    private static final List<String> PIECES = List.of(
            "said", "on", "ON", "to", "the", "The", "his", "own", "son", "sa", "in", "ın", "İn", "via", "в", "en", "auf",
            "wrote", "posted", "Video", "опубликовала", "l'AFP", "d’après", "ΟΔΟΣ", "Σ", "ſu", "K", "x.com", "www.",
            "www2.", "m.", "mobile.", "amp.", "edition.", "https://", "HTTP://", "ftp://", "a+b.c://", ":", "/", "?", "#",
            "a", "-", "'", "’", ".", "!", "?", ";", ",", "1", "٣", "²", "Ⅻ", "中", "国", "😀", "\ud800", "\udc00",
            " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\u2029", "\u0085", "\u000b", "\u001c", "\u3000");

    private RandomText() {
    }

    static String of(Random random, int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return s.toString();
    }
}
