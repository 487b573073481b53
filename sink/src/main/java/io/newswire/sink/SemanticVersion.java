package io.newswire.sink;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An enricher version compared as a semantic version: numeric parts first (1.10.0 is newer than 1.9.0), then a
 * release is newer than its pre-releases (1.0.0 beats 1.0.0-rc.1); build metadata (+...) is ignored.
 * Missing parts count as 0, so "2" equals "2.0.0". Text that is no version at all sorts below every real version,
 * so a record from a broken build never displaces a good one.
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {
    private static final Pattern FORM = Pattern.compile("v?(\\d+(?:\\.\\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");
    private static final SemanticVersion UNREADABLE = new SemanticVersion(null, null, "unreadable");

    /** Numeric parts without trailing zeros (so equal versions have equal arrays); null when unreadable. */
    private final int[] numbers;
    private final String preRelease;
    private final String text;

    private SemanticVersion(int[] numbers, String preRelease, String text) {
        this.numbers = numbers;
        this.preRelease = preRelease;
        this.text = text;
    }

    public static SemanticVersion parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            return UNREADABLE;
        }
        try {
            int[] numbers = Arrays.stream(m.group(1).split("\\.")).mapToInt(Integer::parseInt).toArray();
            int length = numbers.length;
            while (length > 0 && numbers[length - 1] == 0) {
                length--;
            }
            return new SemanticVersion(Arrays.copyOf(numbers, length), m.group(2), text.strip());
        } catch (NumberFormatException tooLarge) {
            return UNREADABLE;
        }
    }

    public boolean isOlderThan(SemanticVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        if (numbers == null || other.numbers == null) {
            return Boolean.compare(numbers != null, other.numbers != null);
        }
        int c = Arrays.compare(numbers, other.numbers);
        return c != 0 ? c : comparePreRelease(preRelease, other.preRelease);
    }

    /** SemVer 2.0.0 precedence of pre-release identifiers: numeric ones numerically, others by text; none beats any. */
    private static int comparePreRelease(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareIdentifier(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareIdentifier(String a, String b) {
        boolean numericA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numericB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SemanticVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(numbers), preRelease);
    }

    @Override
    public String toString() {
        return text;
    }
}
