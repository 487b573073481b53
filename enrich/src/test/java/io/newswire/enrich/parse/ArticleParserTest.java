package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void htmlMetadataJsonLdTimeAndComments() {
        String html = """
        <html lang="en"><head>
        <meta property="og:site_name" content="The Korea Herald">
        <meta property="og:title" content="N. Korea, Russia sign treaty">
        <link rel="canonical" href="https://www.koreaherald.com/view.php?ud=1">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"Organization","@id":"#org","name":"Herald Org"},
          {"@type":"NewsArticle","datePublished":"2024-06-19T22:41:00+09:00","dateModified":"2024-06-20T09:10:00+09:00",
           "publisher":{"@id":"#org"},"author":[{"name":"Kim Arin"},{"name":"Lee Jung"}]}]}</script>
        </head><body>
        <nav>Home World</nav>
        <article><h1>Treaty signed</h1><p>First paragraph of the story.</p>
        <figure><figcaption>Photo: Yonhap</figcaption></figure><p>Second paragraph.</p>
        <div class="share-buttons">Share on X</div></article>
        <aside class="related"><time datetime="2020-01-01">old</time></aside>
        <section id="comments"><div class="comment">one</div><div class="comment">two</div></section>
        <footer>© Herald</footer><script>var x = 1;</script>
        </body></html>""";
        ParsedArticle p = parser.parse(html, "text/html");
        assertThat(p.format()).isEqualTo(ContentFormat.HTML);
        assertThat(p.title()).isEqualTo("N. Korea, Russia sign treaty");
        assertThat(p.siteName()).isEqualTo("The Korea Herald");
        assertThat(p.url()).isEqualTo("https://www.koreaherald.com/view.php?ud=1");
        assertThat(p.author()).isEqualTo("Kim Arin, Lee Jung");
        assertThat(p.languageHint()).isEqualTo("en");
        assertThat(p.dates()).extracting(DeclaredDate::value).contains("2024-06-19T22:41:00+09:00").doesNotContain("2020-01-01");
        assertThat(p.dates().get(0).role()).isEqualTo(DeclaredDate.Role.PUBLISHED);
        assertThat(p.commentCount()).isEqualTo(2);
        assertThat(p.body()).contains("First paragraph of the story.\n").contains("Second paragraph.")
                .doesNotContain("Home World").doesNotContain("Share on").doesNotContain("Photo: Yonhap").doesNotContain("var x")
                .doesNotContain("one").doesNotContain("©");
    }

    @Test
    void jsonPublisherReferenceResolvesInGraph() {
        String html = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#o\",\"name\":\"Meduza\"},"
                + "{\"@type\":\"NewsArticle\",\"publisher\":{\"@id\":\"#o\"}}]}</script><p>Text</p>";
        assertThat(parser.parse(html, "text/html").siteName()).isEqualTo("Meduza");
    }

    @Test
    void jsonRecordsWithVariedFieldNames() {
        ParsedArticle newsApi = parser.parse("""
        {"source": {"id": "reuters", "name": "Reuters"}, "author": "A. Writer", "title": "T",
         "url": "https://www.reuters.com/x", "publishedAt": "2023-07-27T02:41:00Z", "content": "Body text."}""", "application/json");
        assertThat(newsApi.siteName()).isEqualTo("Reuters");
        assertThat(newsApi.url()).isEqualTo("https://www.reuters.com/x");
        assertThat(newsApi.dates()).extracting(DeclaredDate::value).containsExactly("2023-07-27T02:41:00Z");
        assertThat(newsApi.body()).isEqualTo("Body text.");

        ParsedArticle scraper = parser.parse("""
        {"link": "https://example.com/a", "headline": "H", "body": "<p>One.</p><p>Two.</p>", "pubDate": "Wed, 19 Jun 2024 08:15:00 +0900",
         "site": "koreaherald.com", "authors": [{"name": "X"}, "Y"]}""", "application/json");
        assertThat(scraper.title()).isEqualTo("H");
        assertThat(scraper.body()).isEqualTo("One.\nTwo.\n");
        assertThat(scraper.siteName()).isEqualTo("koreaherald.com");
        assertThat(scraper.author()).isEqualTo("X, Y");
    }

    @Test
    void nestedWrapperAndArrayOfRecords() {
        ParsedArticle nested = parser.parse("{\"status\":\"ok\",\"data\":{\"article\":{\"headline\":\"H\",\"content\":\"C\"}}}", "application/json");
        assertThat(nested.title()).isEqualTo("H");
        assertThat(nested.body()).isEqualTo("C");
        ParsedArticle array = parser.parse("[{\"title\":\"A\",\"text\":\"a\"},{\"title\":\"B\",\"text\":\"b\"}]", "application/json");
        assertThat(array.title()).isEqualTo("A");
        assertThat(array.warnings()).anyMatch(w -> w.contains("only the first"));
    }

    @Test
    void malformedJsonIsSalvagedOrReadAsText() {
        ParsedArticle salvaged = parser.parse("{\"title\": \"T\", \"source\": \"Yonhap\", \"published\": \"2024-01-24\", \"text\": \"Cut off here",
                "application/json");
        assertThat(salvaged.title()).isEqualTo("T");
        assertThat(salvaged.siteName()).isEqualTo("Yonhap");
        assertThat(salvaged.body()).isEqualTo("Cut off here");
        assertThat(salvaged.warnings()).anyMatch(w -> w.startsWith("malformed JSON"));

        ParsedArticle text = parser.parse("{{{ not json at all\nSecond line", "application/json");
        assertThat(text.format()).isEqualTo(ContentFormat.JSON);
        assertThat(text.body()).contains("Second line");
        assertThat(text.warnings()).anyMatch(w -> w.contains("read as plain text"));
    }

    @Test
    void plainTextHeaderBlockAndFrontMatter() {
        ParsedArticle header = parser.parse("Title: Kim meets Putin\nURL: https://www.reuters.com/a\nDate: 2024-06-19\nSource: Reuters\n\nBody.",
                "text/plain");
        assertThat(header.title()).isEqualTo("Kim meets Putin");
        assertThat(header.url()).isEqualTo("https://www.reuters.com/a");
        assertThat(header.siteName()).isEqualTo("Reuters");
        assertThat(header.dates()).extracting(DeclaredDate::value).containsExactly("2024-06-19");
        assertThat(header.body().strip()).isEqualTo("Body.");

        ParsedArticle front = parser.parse("---\ntitle: \"Quoted title\"\ndate: 2023-08-24\npublisher: Kyodo News\n---\n\n# Heading\n\nText.", "text/plain");
        assertThat(front.title()).isEqualTo("Quoted title");
        assertThat(front.siteName()).isEqualTo("Kyodo News");
    }

    @Test
    void plainTextTitleSkipsSectionLabelsAndDates() {
        ParsedArticle p = parser.parse("Eastern Europe\n\nThursday, May 31, 2018\n\nPutin Shows He Is Best Buds With Kim\n\nBody text here.", "text/plain");
        assertThat(p.title()).isEqualTo("Putin Shows He Is Best Buds With Kim");
        assertThat(p.dates()).isEmpty();
    }

    @Test
    void aHeadlineWithACommaIsATitleButAnUpperCaseDatelineIsNot() {
        ParsedArticle headline = parser.parse("Explosions reported near Brussels overnight, officials say\n\n"
                + "BRUSSELS, May 3 (Reuters) - Two explosions were reported overnight.", "text/plain");
        assertThat(headline.title()).isEqualTo("Explosions reported near Brussels overnight, officials say");
        ParsedArticle dateline = parser.parse("BRUSSELS, May 3 (Reuters) - Two explosions were reported overnight "
                + "near the station, the police said", "text/plain");
        assertThat(dateline.title()).isNull();
    }

    @Test
    void htmlInATextFileIsReadAsHtml() {
        ParsedArticle p = parser.parse("<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>", "text/plain");
        assertThat(p.format()).isEqualTo(ContentFormat.HTML);
        assertThat(p.warnings()).anyMatch(w -> w.contains("read as HTML"));
    }
}
