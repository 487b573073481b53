package io.newswire.enrich.eval;

import java.util.List;
import java.util.Map;

/**
 * Gold tags for one file, in the shared label format (see shared/README.md).
 *
 * @param file            file name
 * @param language        ISO 639-1 code ("en" when the label omits it)
 * @param publisherName   the publisher's name, or null when the file gives no way to tell the outlet
 * @param publisherDomain the publisher's domain, or null
 * @param citedSources    outlets the text attributes information to
 * @param published       yyyy-MM-dd, or null when the file gives no absolute publication date
 * @param window          [from, to] days that count as right; equals [published, published] unless given
 * @param stance          target to FAVOR, AGAINST or NEUTRAL, for targets the body mentions
 */
public record Label(String file, String language, String publisherName, String publisherDomain,
                                        List<String> citedSources, String published, List<String> window, Map<String, String> stance) {

    public boolean publisherKnown() {
        return publisherName != null || publisherDomain != null;
    }
}
