package io.newswire.enrich.date;

import java.time.LocalDate;

/**
 * A possible publication date with the rung of the cascade it came from.
 *
 * @param date       the day
 * @param dateTime   ISO date-time with offset, or null
 * @param precision  how precise the source is
 * @param method     the rung
 * @param role       whether the source says published, updated, or neither
 * @param confidence 0..1
 * @param evidence   what the date was read from
 */
record DateCandidate(LocalDate date, String dateTime, DatePrecision precision, DateMethod method, Role role,
                                          double confidence, String evidence) {

    enum Role { PUBLISHED, UPDATED, NEUTRAL }

    static DateCandidate of(DateMention m, DateMethod method, Role role, double confidence, String evidence) {
        return new DateCandidate(m.date().orElseThrow(), m.isoDateTime().orElse(null), m.precision(), method, role, confidence, evidence);
    }

    DateCandidate withConfidence(double c, String note) {
        double bounded = Math.max(0.0, Math.min(0.98, Math.round(c * 100) / 100.0));
        return new DateCandidate(date, dateTime, precision, method, role, bounded, note == null ? evidence : evidence + "; " + note);
    }
}
