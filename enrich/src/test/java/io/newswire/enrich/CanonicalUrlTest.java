package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void normalizesSchemeHostWwwFragmentSlashAndTracking() {
        assertThat(CanonicalUrl.normalize("HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&id=7&fbclid=abc#top"))
                .contains("https://example.com/News/Story?id=7");
    }

    @Test
    void keepsPathCaseAndNonDefaultPort() {
        assertThat(CanonicalUrl.normalize("http://example.com:8080/A/B/")).contains("http://example.com:8080/A/B");
    }

    @Test
    void rejectsNonHttpAndGarbage() {
        assertThat(CanonicalUrl.normalize("ftp://example.com/x")).isEmpty();
        assertThat(CanonicalUrl.normalize("not a url")).isEmpty();
        assertThat(CanonicalUrl.normalize(null)).isEmpty();
    }

    @Test
    void sameArticleUnderTrackingVariantsGetsOneId() {
        String a = CanonicalUrl.articleId("https://www.scmp.com/news/article/3007622/?utm_medium=social", "raw1");
        String b = CanonicalUrl.articleId("https://scmp.com/news/article/3007622#comments", "raw2");
        assertThat(a).isEqualTo(b).hasSize(64).isEqualTo(CanonicalUrl.sha256Hex("https://scmp.com/news/article/3007622"));
    }

    @Test
    void withoutCanonicalUrlTheRawIdStands() {
        assertThat(CanonicalUrl.articleId(null, "raw-id")).isEqualTo("raw-id");
        assertThat(CanonicalUrl.articleId("mailto:x@y.z", "raw-id")).isEqualTo("raw-id");
    }
}
