package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemanticVersionTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
            "1.9.0, 1.10.0",
            "1.0.0, 2.0.0",
            "1.0.0-rc.1, 1.0.0",
            "1.0.0-alpha, 1.0.0-alpha.1",
            "1.0.0-alpha.2, 1.0.0-alpha.10",
            "1.0.0-1, 1.0.0-beta",
            "not-a-version, 0.0.1",
            "1.2, 1.2.1"})
    void ordersLikeSemanticVersioning(String older, String newer) {
        assertThat(SemanticVersion.parse(older).isOlderThan(SemanticVersion.parse(newer))).isTrue();
        assertThat(SemanticVersion.parse(newer).isOlderThan(SemanticVersion.parse(older))).isFalse();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"2, 2.0.0", "v1.4.0, 1.4.0", "1.4.0+build.7, 1.4.0"})
    void treatsEquivalentSpellingsAsEqual(String a, String b) {
        assertThat(SemanticVersion.parse(a)).isEqualTo(SemanticVersion.parse(b))
                .hasSameHashCodeAs(SemanticVersion.parse(b));
    }
}
