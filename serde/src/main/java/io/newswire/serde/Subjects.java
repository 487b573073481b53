package io.newswire.serde;

/** Confluent's TopicNameStrategy: the subject of a topic's values is {@code <topic>-value}, of its keys {@code <topic>-key}. */
final class Subjects {

    private Subjects() {
    }

    static String of(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
