package io.newswire.serde.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link RestSchemaRegistryClient} reaches the registry.
 *
 * @param urls base URLs without credentials, tried in order
 * @param basicAuthUserInfo {@code user:password} for HTTP basic auth, or null for none
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param connectAttempts how many rounds over all URLs to try before a connection failure is reported; answers
 *     (even errors) and answer timeouts are never retried
 * @param retryBackoff the pause before the second round, doubled before each further one
 */
public record RestClientSettings(List<URI> urls, String basicAuthUserInfo, Duration connectTimeout,
                                 Duration readTimeout, int connectAttempts, Duration retryBackoff) {

    /** Three rounds, so that a registry restarting or a brief network blip does not fail a record. */
    public static final int DEFAULT_CONNECT_ATTEMPTS = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(100);
    /** Shorter than Confluent's 60 s: with retries over several URLs, waits add up. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public RestClientSettings {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("at least one schema registry URL is needed");
        }
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (connectAttempts < 1) {
            throw new IllegalArgumentException("connectAttempts must be at least 1");
        }
    }

    /**
     * Settings for the given URLs with the default timeouts and retries. User info embedded in a
     * URL ({@code http://user:pass@host}) is removed from it and, when {@code credentialsFromUrl} is true, used for
     * basic auth (the first URL carrying some wins).
     *
     * @throws IllegalArgumentException if a URL is not an absolute http(s) URL
     */
    public static RestClientSettings forUrls(List<String> urls, boolean credentialsFromUrl) {
        List<URI> bases = new ArrayList<>();
        String userInfo = null;
        for (String url : urls) {
            URI uri = parse(url.trim());
            if (credentialsFromUrl && userInfo == null && uri.getRawUserInfo() != null) {
                userInfo = URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8);
            }
            bases.add(withoutUserInfo(uri));
        }
        return new RestClientSettings(bases, userInfo, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT,
                DEFAULT_CONNECT_ATTEMPTS, DEFAULT_RETRY_BACKOFF);
    }

    /** These settings with basic-auth credentials {@code user:password} (null for none). */
    public RestClientSettings withBasicAuth(String userInfo) {
        return new RestClientSettings(urls, userInfo, connectTimeout, readTimeout, connectAttempts, retryBackoff);
    }

    /** These settings with other timeouts. */
    public RestClientSettings withTimeouts(Duration connect, Duration read) {
        return new RestClientSettings(urls, basicAuthUserInfo, connect, read, connectAttempts, retryBackoff);
    }

    /** These settings with another number of connection attempts and backoff. */
    public RestClientSettings withRetries(int attempts, Duration backoff) {
        return new RestClientSettings(urls, basicAuthUserInfo, connectTimeout, readTimeout, attempts, backoff);
    }

    /** Never print credentials. */
    @Override
    public String toString() {
        return "RestClientSettings[urls=" + urls + ", basicAuth=" + (basicAuthUserInfo != null)
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", connectAttempts=" + connectAttempts + ", retryBackoff=" + retryBackoff + "]";
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("schema registry URL must be an absolute http(s) URL: " + redact(url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid schema registry URL " + redact(url) + ": " + e.getReason(), e);
        }
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid schema registry URL " + withoutUserInfoText(uri), e);
        }
    }

    private static String withoutUserInfoText(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String redact(String url) {
        return url.replaceFirst("//[^/@]*@", "//***@");
    }
}
