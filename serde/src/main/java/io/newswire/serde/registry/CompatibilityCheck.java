package io.newswire.serde.registry;

import java.util.List;

/**
 * The registry's verdict on whether a schema could be registered under a subject.
 *
 * @param compatible true when registering would be accepted
 * @param messages the registry's reasons when it gave any (Confluent does with {@code verbose=true})
 */
public record CompatibilityCheck(boolean compatible, List<String> messages) {

    public CompatibilityCheck {
        messages = List.copyOf(messages);
    }
}
