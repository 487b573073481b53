package io.newswire.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypeTest {
    enum Policy { MOVE_TO_DONE, DELETE }

    @Test
    void durations() {
        ValueType<Duration> t = ValueType.duration();
        assertThat(t.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(t.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(t.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(t.format(Duration.ofDays(7))).isEqualTo("7d");
        assertThat(t.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThatThrownBy(() -> t.parse("5 parsecs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizes() {
        ValueType<Long> t = ValueType.dataSize();
        assertThat(t.parse("10MiB")).isEqualTo(10L << 20);
        assertThat(t.parse("10mb")).isEqualTo(10L << 20);
        assertThat(t.parse("4096")).isEqualTo(4096L);
        assertThat(t.format(1L << 30)).isEqualTo("1GiB");
        assertThatThrownBy(() -> t.parse("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void integersAreRangeChecked() {
        ValueType<Integer> t = ValueType.integer(1, 65535);
        assertThat(t.parse(" 8081 ")).isEqualTo(8081);
        assertThatThrownBy(() -> t.parse("0")).hasMessage("a whole number from 1 to 65535");
        assertThatThrownBy(() -> t.parse("eighty")).hasMessage("a whole number from 1 to 65535");
    }

    @Test
    void enumsAreCaseInsensitiveWithDashes() {
        ValueType<Policy> t = ValueType.oneOf(Policy.class);
        assertThat(t.parse("move-to-done")).isEqualTo(Policy.MOVE_TO_DONE);
        assertThat(t.parse("DELETE")).isEqualTo(Policy.DELETE);
        assertThat(t.expected()).isEqualTo("one of move-to-done, delete");
        assertThatThrownBy(() -> t.parse("archive")).hasMessage("one of move-to-done, delete");
    }

    @Test
    void booleansAndLists() {
        assertThat(ValueType.bool().parse("yes")).isTrue();
        assertThatThrownBy(() -> ValueType.bool().parse("maybe")).hasMessage("true or false");
        assertThat(ValueType.list().parse("a, b,,c")).isEqualTo(List.of("a", "b", "c"));
        assertThatThrownBy(() -> ValueType.string().parse("  ")).hasMessage("a non-empty text");
    }
}
