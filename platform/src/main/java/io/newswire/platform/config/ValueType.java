package io.newswire.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a configuration value is written as text and read back.
 * {@link #expected()} is the phrase shown to users when a value does not parse, so it names the accepted form.
 */
public final class ValueType<T> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|KiB|MB|MiB|GB|GiB)?", Pattern.CASE_INSENSITIVE);

    private final String expected;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private ValueType(String expected, Function<String, T> parser, Function<T, String> formatter) {
        this.expected = expected;
        this.parser = parser;
        this.formatter = formatter;
    }

    /** The accepted form, e.g. "a duration such as 250ms, 5s or 2m". */
    public String expected() {
        return expected;
    }

    /** Parses text; throws {@link IllegalArgumentException} when it is not of the expected form. */
    public T parse(String text) {
        try {
            T value = parser.apply(text.strip());
            if (value == null) {
                throw new IllegalArgumentException();
            }
            return value;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }

    public String format(T value) {
        return value == null ? "" : formatter.apply(value);
    }

    public static ValueType<String> string() {
        return new ValueType<>("a non-empty text", s -> s.isEmpty() ? null : s, s -> s);
    }

    public static ValueType<Integer> integer(int min, int max) {
        return new ValueType<>("a whole number from " + min + " to " + max, s -> {
            int v = Integer.parseInt(s);
            return v < min || v > max ? null : v;
        }, String::valueOf);
    }

    public static ValueType<Boolean> bool() {
        return new ValueType<>("true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> Boolean.TRUE;
            case "false", "no", "off", "0" -> Boolean.FALSE;
            default -> null;
        }, String::valueOf);
    }

    /** Durations as 250ms, 5s, 2m, 1h, 7d, or ISO-8601 (PT5S). */
    public static ValueType<Duration> duration() {
        return new ValueType<>("a duration such as 250ms, 5s, 2m, 1h or 7d", s -> {
            if (s.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Duration.parse(s.toUpperCase(Locale.ROOT));
            }
            Matcher m = DURATION.matcher(s);
            if (!m.matches()) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }, ValueType::formatDuration);
    }

    /** Byte sizes as 10MiB, 512KiB, 1GB or plain bytes; KB/MB/GB are read as powers of 1024, like the JVM's -Xmx. */
    public static ValueType<Long> dataSize() {
        return new ValueType<>("a size such as 512KiB, 10MiB or 1GiB", s -> {
            Matcher m = SIZE.matcher(s);
            if (!m.matches()) {
                return null;
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
            return switch (unit) {
                case "KB", "KIB" -> n << 10;
                case "MB", "MIB" -> n << 20;
                case "GB", "GIB" -> n << 30;
                default -> n;
            };
        }, ValueType::formatSize);
    }

    public static ValueType<Path> path() {
        return new ValueType<>("a file system path", s -> s.isEmpty() ? null : Path.of(s), Path::toString);
    }

    /** One of an enum's constants, case-insensitive, '-' read as '_'. */
    public static <E extends Enum<E>> ValueType<E> oneOf(Class<E> type) {
        String names = Arrays.stream(type.getEnumConstants()).map(ValueType::display).collect(Collectors.joining(", "));
        return new ValueType<>("one of " + names,
                s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_')), ValueType::display);
    }

    /** A comma-separated list of texts (empty entries dropped). */
    public static ValueType<List<String>> list() {
        return new ValueType<>("a comma-separated list", s -> Arrays.stream(s.split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).toList(), l -> String.join(",", l));
    }

    private static String display(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0 && ms > 0) return ms / 86_400_000 + "d";
        if (ms % 3_600_000 == 0 && ms > 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0 && ms > 0) return ms / 60_000 + "m";
        if (ms % 1_000 == 0) return ms / 1_000 + "s";
        return ms + "ms";
    }

    private static String formatSize(Long n) {
        if (n % (1L << 30) == 0 && n > 0) return (n >> 30) + "GiB";
        if (n % (1L << 20) == 0 && n > 0) return (n >> 20) + "MiB";
        if (n % (1L << 10) == 0 && n > 0) return (n >> 10) + "KiB";
        return n + "B";
    }
}
