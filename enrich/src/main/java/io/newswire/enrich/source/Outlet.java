package io.newswire.enrich.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A news outlet from the gazetteer.
 *
 * @param name    display name, e.g. "South China Morning Post"
 * @param aliases other names it goes by in text, e.g. "SCMP"
 * @param domains its domains, main one first
 * @param country ISO 3166-1 alpha-2, or null
 * @param kind    WIRE, STATE_MEDIA, NEWSPAPER, BROADCASTER, MAGAZINE, ONLINE, BLOG, PLATFORM, GOVERNMENT or OTHER
 */
public record Outlet(String name, List<String> aliases, List<String> domains, String country, String kind) {

    private static final Pattern WIRE_NAMES = Pattern.compile("(?i).*(agency|tass|ria novosti|xinhua|sputnik|interfax).*");

    public Outlet {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
    }

    /** The main domain, or null. */
    public String domain() {
        return domains.isEmpty() ? null : domains.get(0);
    }

    public boolean isWire() {
        return "WIRE".equals(kind) || "STATE_MEDIA".equals(kind) && WIRE_NAMES.matcher(name).matches();
    }

    public boolean isPlatform() {
        return "PLATFORM".equals(kind);
    }
}
