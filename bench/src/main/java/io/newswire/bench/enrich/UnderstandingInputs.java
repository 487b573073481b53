package io.newswire.bench.enrich;

import io.newswire.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Realistic inputs of about 4 KB for the article-understanding benchmark: a plain-text scrape with navigation,
 * photo credits and reader comments, an HTML page with og/JSON-LD/time tags, and a JSON feed record.
 */
final class UnderstandingInputs {

    /** Article size of the budget: every input is at least this many bytes, and at most {@link #SLACK} more. */
    static final int SIZE = 4096;
    static final int SLACK = 256;

    private static final String PARAGRAPHS = """
            Russian President Vladimir Putin and North Korean leader Kim Jong Un met for more than four hours on \
            Wednesday at the Vostochny cosmodrome, Russian news agency TASS reported, in a summit that Western \
            officials fear will lead to an arms deal. "We will always be with Russia," Kim said, according to RIA \
            Novosti.
            Kremlin spokesman Dmitry Peskov told reporters that no agreements were signed. The United States has \
            warned that any weapons transfer would violate U.N. Security Council resolutions, a State Department \
            spokesperson said on Tuesday. South Korea's foreign ministry said in a statement that it was watching \
            the meeting closely.
            Ukrainian President Volodymyr Zelensky wrote on Telegram that the meeting showed how isolated Moscow \
            had become. "Two pariahs are looking for friends," he said in an interview with the BBC.
            Analysts in Seoul said Pyongyang wants satellite technology and food in exchange for artillery shells. \
            KCNA described the talks as "comradely and friendly" and said Kim invited Putin to visit Pyongyang.
            """;

    /** The input of a benchmark's {@code kind} parameter: "text", "html" or "json". */
    static RawArticle of(String kind) {
        return switch (kind) {
            case "text" -> textScrape();
            case "html" -> htmlPage();
            case "json" -> jsonRecord();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static RawArticle textScrape() {
        String body = """
                Home | World | Asia | Politics | Video | Subscribe
                Thursday, September 14, 2023

                Putin and Kim meet at Russian spaceport

                Photo: EPA-EFE
                MOSCOW, Sept. 13 (Reuters) - %s
                Share this article: Facebook Twitter Email

                Related articles
                Seoul warns Moscow over arms talks - September 12, 2023
                Kim's armoured train crosses into Russia - September 11, 2023

                12 comments
                boris_k September 14, 2023 at 8:02 am
                Nothing good will come of this.
                watcher99 September 14, 2023 at 9:15 am
                Two dictators, one photo op. Reply
                """.formatted(PARAGRAPHS);
        StringBuilder page = new StringBuilder(body);
        for (int i = 0; page.length() < SIZE; i++) {
            page.append(comment(i));
        }
        return raw("putin-kim-scrape.txt", "text/plain", page.toString());
    }

    /** Reader comments that differ from one another, as real ones do: names, times and words vary. */
    private static String comment(int i) {
        String[] names = {"annaj", "Tom Reilly", "kyiv_watcher", "Marcus", "old_sailor", "Lena K."};
        String[] words = {"So what? Nothing will change.", "Sanctions clearly are not working, are they?",
                "Two isolated regimes need each other, that is all.", "Where is the UN in all this?",
                "Expected. Shells for food, as usual.", "Read the treaty before you comment, people."};
        return "%s September %d, 2023 at %d:%02d pm\n%s%s\n".formatted(names[i % names.length], 14 + i % 3, 1 + i % 11,
                (i * 7) % 60, words[(i * 5) % words.length], i % 2 == 0 ? " Reply" : "");
    }

    static RawArticle htmlPage() {
        String head = """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Putin and Kim meet at Russian spaceport - The Korea Herald</title>
                <meta property="og:site_name" content="The Korea Herald">
                <meta property="og:title" content="Putin and Kim meet at Russian spaceport">
                <link rel="canonical" href="https://www.koreaherald.com/view.php?ud=20230913000812">
                <meta property="article:published_time" content="2023-09-13T22:41:00+09:00">
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Putin and Kim meet at Russian spaceport",
                 "datePublished":"2023-09-13T22:41:00+09:00","dateModified":"2023-09-14T09:10:00+09:00",
                 "author":[{"@type":"Person","name":"Kim Arin"}],
                 "publisher":{"@type":"Organization","name":"The Korea Herald"}}
                </script></head><body>
                <header><nav><a href="/">Home</a> <a href="/nk">North Korea</a> <a href="/world">World</a></nav></header>
                <main><article><h1>Putin and Kim meet at Russian spaceport</h1>
                <div class="byline">By Kim Arin <time datetime="2023-09-13T22:41:00+09:00">Sept. 13, 2023 - 22:41</time></div>
                <figure><img src="x.jpg"><figcaption>Putin and Kim at Vostochny. (Yonhap)</figcaption></figure>
                """;
        String article = "<p>" + PARAGRAPHS.strip().replace("\n", "</p>\n<p>") + "</p>\n</article>\n";
        String tail = """
                <aside class="related"><h3>Related</h3><ul>
                <li><a href="/a">Kim's train crosses into Russia</a> <time datetime="2023-09-11T23:00:00+09:00">Sept. 11</time></li>
                </ul></aside></main>
                <section id="comments"><h3>3 comments</h3>
                <div class="comment"><span class="name">reader1</span> <time datetime="2023-09-13T23:05:00+09:00">23:05</time><p>Dangerous.</p></div>
                """;
        String end = "</section><footer>© The Korea Herald</footer></body></html>";
        StringBuilder page = new StringBuilder(head + article + tail);
        for (int i = 0; page.length() + end.length() < SIZE; i++) {
            page.append("<div class=\"comment\"><span class=\"name\">reader").append(i).append("</span><p>")
                    .append(READER_WORDS[i % READER_WORDS.length]).append("</p></div>\n");
        }
        return raw("putin-kim.html", "text/html", page + end);
    }

    static RawArticle jsonRecord() {
        String template = """
                {"source": {"id": "reuters", "name": "Reuters"}, "author": "Hyonhee Shin",
                 "title": "Putin and Kim meet at Russian spaceport",
                 "url": "https://www.reuters.com/world/asia-pacific/putin-kim-meet-2023-09-13/",
                 "publishedAt": "2023-09-13T09:41:00Z", "language": "en",
                 "content": "%s"}
                """;
        StringBuilder content = new StringBuilder("SEOUL, Sept 13 (Reuters) - " + PARAGRAPHS);
        for (int i = 0; template.formatted(escaped(content.toString())).length() < SIZE; i++) {
            content.append(MORE_PROSE[i % MORE_PROSE.length]).append(i % 3 == 2 ? "\n" : " ");
        }
        return raw("putin-kim.json", "application/json", template.formatted(escaped(content.toString())));
    }

    private static final String[] READER_WORDS = {"Expected.", "Dangerous times.", "Who is surprised?",
            "Sanctions are not working.", "Watch Seoul's reaction.", "More of the same."};

    /** Further paragraphs of a wire story: sentences differ, as in a real one. */
    private static final String[] MORE_PROSE = {
            "Seoul urged Moscow to comply with U.N. sanctions that ban any arms trade with Pyongyang.",
            "Japan's top government spokesman said Tokyo was monitoring the summit with concern.",
            "The two leaders toured the launch site before talks that lasted well into the evening.",
            "China's foreign ministry said the meeting was a matter between the two countries.",
            "Russia's defence minister visited Pyongyang in July, when he was shown new missiles.",
            "Analysts said any deal would be hard to verify, as both countries hide their arms trade."};

    private static String escaped(String text) {
        return text.replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static RawArticle raw(String fileName, String contentType, String content) {
        return RawArticle.newBuilder()
                .setId("9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0a2b4d6f8a0c2e4a6c8e0b2d4f6a")
                .setFileName(fileName)
                .setRelativePath(fileName)
                .setSourceHint(null)
                .setContentType(contentType)
                .setLineNumber(null)
                .setCharset("UTF-8")
                .setCharsetSource("VALID_UTF8")
                .setSizeBytes(content.getBytes(StandardCharsets.UTF_8).length)
                .setContent(content)
                .setFileModifiedAt(Instant.parse("2023-09-15T08:31:12.345Z"))
                .setIngestedAt(Instant.parse("2023-09-15T08:32:00.001Z"))
                .setHost("bench")
                .build();
    }

    private UnderstandingInputs() {
    }
}
