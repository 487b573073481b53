package io.newswire.app.status;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Renders a {@link StatusReport} as one screen of text. */
final class StatusView {
    private static final int MAX_REASON = 90;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    StatusView(ZoneId zone) {
        this.zone = zone;
    }

    String render(StatusReport r) {
        StringBuilder out = new StringBuilder();
        out.append("newswire status at ").append(TIME.format(r.takenAt().atZone(zone))).append(", Kafka ")
                .append(r.kafka()).append('\n');

        out.append(String.format(Locale.ROOT, "%nTopics (end offsets summed over partitions; rate over %s)%n",
                seconds(r.sampleWindow())));
        int nameWidth = Math.max(5, r.topics().stream().mapToInt(t -> t.name().length()).max().orElse(0));
        for (StatusReport.TopicStatus t : r.topics()) {
            if (t.missing()) {
                out.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s  missing%n", t.name()));
            } else {
                out.append(String.format(Locale.ROOT, "  %-" + nameWidth + "s  %3d partitions  end %,12d  %,9.1f/s%n",
                        t.name(), t.partitions(), t.endOffset(), t.perSecond()));
            }
        }

        out.append(String.format(Locale.ROOT, "%nConsumer groups (lag: records not yet committed)%n"));
        if (r.groups().isEmpty()) {
            out.append("  none reads the newswire topics yet\n");
        }
        int groupWidth = Math.max(5, r.groups().stream().mapToInt(g -> g.group().length()).max().orElse(0));
        int topicWidth = Math.max(5, r.groups().stream().mapToInt(g -> g.topic().length()).max().orElse(0));
        for (StatusReport.GroupLag g : r.groups()) {
            out.append(String.format(Locale.ROOT, "  %-" + groupWidth + "s  %-20s  %-" + topicWidth + "s  lag %,10d%s%n",
                    g.group(), g.state() + ", " + g.members() + (g.members() == 1 ? " member" : " members"), g.topic(),
                    g.lag(), g.uncommitted() == 0 ? ""
                            : "  (" + g.uncommitted() + " partition" + (g.uncommitted() == 1 ? "" : "s") + " not committed yet)"));
        }

        StatusReport.DeadLetters dl = r.deadLetters();
        out.append(String.format(Locale.ROOT, "%nDead letters: %s%,d in %s", dl.exact() ? "" : "at least ", dl.count(), dl.topic()));
        out.append(dl.latest().isEmpty() ? "\n" : String.format(Locale.ROOT, "; the latest %d:%n", dl.latest().size()));
        int whereWidth = dl.latest().stream().mapToInt(l -> l.where().length()).max().orElse(0);
        for (StatusReport.Letter l : dl.latest()) {
            out.append(String.format(Locale.ROOT, "  %s  %-6s  %-16s  %-" + whereWidth + "s  %s%n", TIME.format(l.occurredAt().atZone(zone)),
                    l.stage(), l.code(), l.where(), abbreviate(l.reason())));
        }

        StatusReport.Inbox in = r.inbox();
        out.append('\n');
        if (!in.reachable()) {
            out.append("Inbox ").append(in.path()).append(": not on this machine\n");
        } else {
            out.append(String.format(Locale.ROOT, "Inbox %s: %,d file%s waiting%s, %,d being processed%n", in.path(),
                    in.waiting(), in.waiting() == 1 ? "" : "s",
                    in.oldestWaiting() == null ? "" : " (oldest " + age(in.oldestWaiting()) + ")", in.inProgress()));
        }
        return out.toString();
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String age(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        if (s < 172_800) {
            return s / 3600 + " h";
        }
        return s / 86_400 + " d";
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_REASON ? oneLine : oneLine.substring(0, MAX_REASON - 1) + "…";
    }
}
