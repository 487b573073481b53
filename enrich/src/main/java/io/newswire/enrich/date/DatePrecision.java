package io.newswire.enrich.date;

/** How precise a date found in a file is; the names are those of {@code PublishedDate.precision}. */
public enum DatePrecision {
    YEAR, MONTH, DAY, MINUTE, SECOND
}
