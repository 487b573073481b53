package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private static final String[] FRAGMENTS = {
        "Title: A headline here", "Date: 2024-01-02", "Author: Ann Writer", "source: https://x.org/a", "lang: de",
        "---", "# Heading", "[link](https://x.org/b)", "Home | World | Politics", "Главная • В мире • Политика",
        "Thursday, May 31, 2018", "12.03.2024", "Putin Shows He Is Best Buds With Kim", "Short label",
        "Photo by Jane Doe", "Picture: Reuters", "© 2024 Outlet", "Copyright Outlet", "BRUSSELS, May 3 (Reuters) - Text",
        "(AP) something happened today here", "See www.example.com for more", "Ends with a stop.", "Ends with colon:",
        "• bullet " + "word ".repeat(16), "word ".repeat(16), "word ".repeat(25), "x".repeat(310), "Ночью вблизи Минск были слышны взрывы",
        "a\u000Bb\fc d", "\u00A0spaced\u2003words\u00A0", "  indented line  ", "", " ", "\t", "\uD83D\uDE00 emoji headline words here",
    };
    private static final String[] BREAKS = {"\n", "\r\n", "\r", "\n\n", "\r\r\n", "\n \n"};

    @Test
    void titleAsGuessedFromEveryLineSplit() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(8) > 0) {
                    text.append(BREAKS[random.nextInt(BREAKS.length)]);
                }
            }
            String content = text.toString();
            String[] lines = content.split("\r?\n|\r", -1);
            for (int from = 0; from <= lines.length; from++) {
                assertThat(PlainTextParser.guessTitle(new TextLines(content), from)).as(content + " from " + from)
                        .isEqualTo(ReferenceTitleGuess.guessTitle(lines, from));
            }
        }
    }

    @Test
    void wordsAreRunsBetweenAsciiWhitespace() {
        assertThat(Stream.of("one", "one  two\tthree\u000Bfour", "no\u00A0break").map(PlainTextParser::words))
                .containsExactly(1, 4, 1);
    }

    @Test
    void bodyKeepsLineBreaksAsNewlines() {
        ParsedArticle p = new PlainTextParser().parse("Headline of the story here\r\nBody text.\rMore.", new ArticleFields(ContentFormat.TEXT));
        assertThat(p.body()).isEqualTo("Headline of the story here\nBody text.\nMore.\n");
        assertThat(p.title()).isEqualTo("Headline of the story here");
    }
}
