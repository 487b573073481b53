package io.newswire.enrich.parse;

import java.util.Random;

/** Random HTML pages built from fragments that exercise the parser's rules, for differential tests. */
final class RandomPages {

    private static final String[] FRAGMENTS = {
        "<div class=\"comments\"><div class=\"comment\">x y</div><div class=\"comment-12\">z</div></div>",
        "<!-- c -->", "<!-- x --> tail text", "<article>", "</article>", "<main>", "</main>", "<div role=\"main\">",
        "<section id=\"comments\">", "</section>", "<time datetime=\"2020-01-01\" class=\"updated\">t</time>",
        "<time datetime=\"2021-02-02\" pubdate>u</time>", "<div itemprop=\"articleBody\">", "</div>", "<header>", "</header>",
        "<aside>", "</aside>", "<figcaption>cap</figcaption>", "<script>var a=1;</script>", "<template><p>t</p></template>",
        "<svg><title>s</title></svg>", "<nav>a b c</nav>", "<p>", "</p>", "<br>", "<pre>  pre\n  text </pre>",
        "<div class=\"share-buttons\">Share</div>", "<div class=\"sidebar\">", "<span class=\"byline\">By Someone</span>",
        "<a rel=\"author\">Ann Writer</a>", "<h1>Heading one</h1>", "<ul><li>one</li><li>two</li></ul>",
        "<form><input></form>", "<footer>foot</footer>", "&nbsp; &#8203; &shy; x\u2003y", "<div id=\"disqus\">d</div>",
        "<div itemtype=\"https://schema.org/Comment\">c</div>", "<li class=\"Comment\">c</li>", "   \n\t  ",
        "<meta property=\"og:title\" content=\"  Spaced   title \">", "<link rel=\"canonical\" href=\"https://x.org/a\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
        "<html lang=\"de\">", "<body class=\"comments\">", "<frameset><frame></frameset>", "<object><embed></object>",
        "<div class=\"main-nav_menu\">m</div>", "<table><tr><td>c</td></tr></table>", "Plain words here. ",
        "<b>bold</b>", "<div>One</div>Two", "<article><p>" + "Long article text. ".repeat(20) + "</p></article>",
        "<header class=\"x\"><h1>Site</h1></header>", "<div role=\"navigation\">r</div>", "\u0130stanbul \u03a3\u03a3 \uD83D\uDE00",
        "<div class=\"\u0130 COMMENTS\">", "<textarea>ta</textarea>", "<noscript>ns</noscript>", "<iframe></iframe>",
        "<![CDATA[ cdata  text ]]>", "<math><![CDATA[ m  ath ]]></math>", "<span>in</span><span>line</span>", " \u00A0 ", "\u0001ctl\u0002",
    };

    private RandomPages() {
    }

    static String page(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return sb.toString();
    }
}
