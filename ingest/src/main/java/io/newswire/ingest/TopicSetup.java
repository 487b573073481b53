package io.newswire.ingest;

import io.newswire.ingest.publish.ClientConfigs;
import io.newswire.platform.clients.AccessRejectedException;
import io.newswire.platform.clients.KafkaAccess;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.platform.topics.TopicBootstrap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure news.raw and news.dlq exist before the first send, retrying while the broker cannot be reached (files
 * wait in the inbox meanwhile). A topic with the wrong cleanup policy, or Kafka refusing ingest's credentials, is a
 * configuration error and stops ingest.
 */
final class TopicSetup {
    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);
    private static final long MAX_WAIT_MILLIS = 30_000;

    private final Config config;

    TopicSetup(Config config) {
        this.config = config;
    }

    void ensureTopics(BooleanSupplier stopped) throws InterruptedException {
        NewswireTopics topics = new NewswireTopics(config);
        Map<String, Object> adminConfig = ClientConfigs.admin(config, "newswire-ingest-admin");
        adminConfig.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        adminConfig.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        long wait = 500;
        while (!stopped.getAsBoolean()) {
            try (Admin admin = Admin.create(adminConfig)) {
                List<String> created = new TopicBootstrap(admin).ensure(List.of(topics.raw(), topics.dlq()));
                if (!created.isEmpty()) {
                    LOG.info("created topics {}", created);
                }
                return;
            } catch (ConfigException e) {
                throw e;
            } catch (org.apache.kafka.common.config.ConfigException e) {
                throw new ConfigException("invalid Kafka client configuration: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                // Retrying a rejected password would only fail the same way, forever.
                Optional<AccessRejectedException> rejected = KafkaAccess.rejection(e, config);
                if (rejected.isPresent()) {
                    throw rejected.get();
                }
                LOG.warn("cannot reach Kafka to check topics ({}); retrying in {} ms, files wait", e.getMessage(), wait);
            }
            Thread.sleep(wait);
            wait = Math.min(MAX_WAIT_MILLIS, wait * 2);
        }
    }
}
