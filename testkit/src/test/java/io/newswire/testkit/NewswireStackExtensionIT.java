package io.newswire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs first (see junit-platform.properties); {@link SecondStackUserIT} then checks it got the same stack. */
@NewswireStackTest
@Order(1)
class NewswireStackExtensionIT {

    /** A topic this class wrote to, for {@link SecondStackUserIT} to read. */
    static volatile String writtenTopic;

    @BeforeAll
    static void recordTheStack(NewswireStack stack) {
        StackSightings.record(NewswireStackExtensionIT.class, stack);
    }

    @Test
    void everyParameterGetsTheSameStack(NewswireStack stack) {
        assertThat(StackSightings.all().get(NewswireStackExtensionIT.class)).isSameAs(stack);
    }

    @Test
    void theBrokerCarriesRecords(NewswireStack stack) throws Exception {
        String topic = stack.uniqueName("extension-it");
        StackClients.createTopic(stack, topic);

        StackClients.produce(stack, topic, "hello");

        assertThat(StackClients.readAll(stack, topic)).containsExactly("hello");
        writtenTopic = topic;
    }

    @Test
    void theRegistryStoresAndReturnsSchemas(NewswireStack stack) throws Exception {
        String subject = stack.uniqueName("extension-it") + "-value";
        String schema = "{\"type\":\"record\",\"name\":\"Ping\",\"fields\":[{\"name\":\"at\",\"type\":\"long\"}]}";
        String body = "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";

        HttpResponse<String> registered =
                StackClients.postJson(stack.schemaRegistryUrl() + "/subjects/" + subject + "/versions", body);
        assertThat(registered.statusCode()).isEqualTo(200);
        String id = registered.body().replaceAll("\\D", "");

        HttpResponse<String> fetched = StackClients.get(stack.schemaRegistryUrl() + "/schemas/ids/" + id);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("Ping");
        assertThat(StackClients.get(stack.schemaRegistryUrl() + "/subjects").body()).contains(subject);
    }

    @Test
    void adminPropertiesReachTheBroker(NewswireStack stack) {
        assertThat(stack.adminProperties())
                .containsEntry(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
    }

    @Test
    void uniqueNamesAreUniqueAndLegalTopicNames(NewswireStack stack) {
        Set<String> names = IntStream.range(0, 100).mapToObj(i -> stack.uniqueName("t")).collect(Collectors.toSet());

        assertThat(names).hasSize(100).allMatch(n -> n.matches("t-[A-Za-z0-9._-]+"));
    }
}
