package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a flight recording: execution samples counted by thread, by the running method, and by the
 * innermost newswire class on the stack (the pipeline step, whatever library code runs beneath it). Written beside a
 * run's results as {@code profile.txt} when the benchmark runs with {@code --jfr}; also runnable on any recording:
 * {@code java -cp bench/target/benchmarks.jar io.newswire.bench.pipeline.JfrHotspots FILE.jfr}.
 */
public final class JfrHotspots {
    private static final int TOP = 15;

    private JfrHotspots() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JfrHotspots RECORDING.jfr");
            System.exit(2);
        }
        System.out.print(summarize(Path.of(args[0])));
    }

    static String summarize(Path recording) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(recording).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null)
                .toList();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%,d execution samples in %s%n", samples.size(),
                recording.getFileName()));
        section(out, "by thread", samples, e -> threadGroup(e.getThread("sampledThread").getJavaName()));
        section(out, "by running method (self time)", samples, e -> method(e.getStackTrace().getFrames().get(0)));
        section(out, "by innermost newswire class on the stack (time in it and below it)", samples, JfrHotspots::newswireClass);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<RecordedEvent> samples,
                                Function<RecordedEvent, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        samples.forEach(e -> counts.merge(key.apply(e), 1, Integer::sum));
        out.append('\n').append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(c -> out.append(String.format(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * c.getValue() / samples.size(),
                        c.getKey())));
    }

    /** Thread names without the random and numbered parts, so that the threads of one pool add up. */
    static String threadGroup(String name) {
        if (name == null) {
            return "(unnamed)";
        }
        return name.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-?", "")
                .replaceAll("-\\d+$", "-N").replaceAll("(handler|thread|Thread)-\\d+", "$1-N");
    }

    private static String newswireClass(RecordedEvent e) {
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("io.newswire.")) {
                return type.substring("io.newswire.".length()).replaceAll("\\$.*", "");
            }
        }
        return e.getStackTrace().isTruncated() ? "(stack too deep to tell)" : "(not in newswire code: Kafka, broker, JVM)";
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
