package io.newswire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A second test class of the same JVM: it must get the stack {@link NewswireStackExtensionIT} got, through fields. */
@NewswireStackTest
@Order(2)
class SecondStackUserIT {

    static NewswireStack sharedStack;
    NewswireStack instanceStack;

    @Test
    void getsTheStackTheFirstClassGot(NewswireStack stack) {
        StackSightings.record(SecondStackUserIT.class, stack);

        Map<Class<?>, NewswireStack> seen = StackSightings.all();
        assertThat(seen).containsOnlyKeys(NewswireStackExtensionIT.class, SecondStackUserIT.class);
        NewswireStack first = seen.get(NewswireStackExtensionIT.class);
        assertThat(stack).isSameAs(first);
        assertThat(stack.bootstrapServers()).isEqualTo(first.bootstrapServers());
        assertThat(stack.schemaRegistryUrl()).isEqualTo(first.schemaRegistryUrl());
    }

    @Test
    void staticAndInstanceFieldsAreFilled(NewswireStack stack) {
        assertThat(sharedStack).isSameAs(stack);
        assertThat(instanceStack).isSameAs(stack);
    }

    @Test
    void readsWhatTheFirstClassWrote(NewswireStack stack) {
        assertThat(NewswireStackExtensionIT.writtenTopic).isNotNull();

        assertThat(StackClients.readAll(stack, NewswireStackExtensionIT.writtenTopic)).containsExactly("hello");
    }
}
