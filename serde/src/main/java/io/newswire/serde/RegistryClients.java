package io.newswire.serde;

import io.newswire.serde.registry.CachedSchemaRegistryClient;
import io.newswire.serde.registry.MockSchemaRegistry;
import io.newswire.serde.registry.RestClientSettings;
import io.newswire.serde.registry.RestSchemaRegistryClient;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;

/** Builds the registry client a serde uses from its configuration; the serdes always go through a cache. */
final class RegistryClients {

    private RegistryClients() {
    }

    /**
     * @param given the client the serde was constructed with, or null to build one from {@code config}
     */
    static SchemaRegistryClient resolve(SchemaRegistryClient given, SerdeConfig config) {
        return cached(given != null ? given : fromConfig(config));
    }

    /** {@code client} behind a cache, unless it is one already. */
    static SchemaRegistryClient cached(SchemaRegistryClient client) {
        return client instanceof CachedSchemaRegistryClient ? client : new CachedSchemaRegistryClient(client);
    }

    private static SchemaRegistryClient fromConfig(SerdeConfig config) {
        List<String> urls = config.schemaRegistryUrls();
        if (urls.isEmpty()) {
            throw new ConfigException("Missing required configuration \"" + SerdeConfig.SCHEMA_REGISTRY_URL
                    + "\" which has no default value.");
        }
        if (urls.get(0).startsWith(MockSchemaRegistry.MOCK_URL_PREFIX)) {
            if (urls.size() > 1) {
                throw new ConfigException(SerdeConfig.SCHEMA_REGISTRY_URL, urls, "a mock:// URL cannot be combined with others");
            }
            return MockSchemaRegistry.getClientForScope(urls.get(0).substring(MockSchemaRegistry.MOCK_URL_PREFIX.length()));
        }
        boolean fromUrl = SerdeConfig.CREDENTIALS_SOURCE_URL.equals(config.credentialsSource());
        RestClientSettings settings;
        try {
            settings = RestClientSettings.forUrls(urls, fromUrl);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SerdeConfig.SCHEMA_REGISTRY_URL + ": " + e.getMessage());
        }
        if (!fromUrl) {
            settings = settings.withBasicAuth(config.basicAuthUserInfo());
        }
        settings = settings.withTimeouts(Duration.ofMillis(config.httpConnectTimeoutMs()),
                Duration.ofMillis(config.httpReadTimeoutMs()));
        return new RestSchemaRegistryClient(settings);
    }
}
