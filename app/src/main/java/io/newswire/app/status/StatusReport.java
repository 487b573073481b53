package io.newswire.app.status;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What {@code newswire status} found, as plain values: rendered by {@link StatusView}.
 *
 * @param takenAt      when the second sample was taken
 * @param kafka        the bootstrap servers asked
 * @param sampleWindow time between the two samples of end offsets the rates come from
 */
record StatusReport(Instant takenAt, String kafka, Duration sampleWindow, List<TopicStatus> topics,
                    List<GroupLag> groups, DeadLetters deadLetters, Inbox inbox) {

    /**
     * One topic; {@code partitions} is 0 when the topic does not exist.
     *
     * @param endOffset     the end offsets summed over the partitions
     * @param perSecond     growth of the end offsets per second over the sample window
     */
    record TopicStatus(String name, int partitions, long endOffset, double perSecond) {
        boolean missing() {
            return partitions == 0;
        }
    }

    /**
     * A consumer group's lag on one newswire topic.
     *
     * @param state          the group's state, e.g. Stable or Empty; "unknown" when not described
     * @param members        members of the group now
     * @param lag            records between the committed offsets and the end, summed over partitions; partitions
     *                       without a committed offset count from their start
     * @param uncommitted    partitions of the topic the group has committed no offset for
     */
    record GroupLag(String group, String state, int members, String topic, long lag, int uncommitted) {
    }

    /**
     * The dead-letter topic.
     *
     * @param count  dead letters found
     * @param exact  false when only the newest part of a large topic was read: {@code count} is then a lower bound
     * @param latest the newest ones, newest first
     */
    record DeadLetters(String topic, long count, boolean exact, List<Letter> latest) {
    }

    /**
     * One dead letter.
     *
     * @param where the file (ingest) or the source record {@code topic-partition@offset} (enrich, sink)
     */
    record Letter(Instant occurredAt, String stage, String code, String where, String reason) {
    }

    /**
     * The inbox as seen from this machine.
     *
     * @param reachable    false when the folder does not exist here (ingest runs elsewhere)
     * @param waiting      files waiting to be taken
     * @param oldestWaiting how long the oldest waiting file has waited, by its modification time; null when none
     * @param inProgress   files claimed by an ingest instance and not finished yet
     */
    record Inbox(Path path, boolean reachable, long waiting, Duration oldestWaiting, long inProgress) {
    }
}
