package io.newswire.enrich.clean;

/**
 * A wire-style dateline opening the body: "PYONGYANG, May 31. /TASS/.", "MOSCOW, June 5 (Reuters) -".
 *
 * @param lineIndex the body line it opens
 * @param place     the place, as written
 * @param dateText  the date part as written ("May 31"), or null
 * @param agency    the agency part as written ("TASS"), or null
 * @param text      the whole dateline as written
 */
public record Dateline(int lineIndex, String place, String dateText, String agency, String text) {
}
