package io.newswire.bench.chaos;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Checks where every dropped file ended, from the topics read from the beginning and the inbox's folders: each file
 * is an article in news.articles, or rejected (in failed/ with a dead letter in news.dlq), or dead-lettered by enrich
 * or sink; never none, never two; and the compacted view holds exactly one value per article id.
 */
final class Verification {
    private static final int EXAMPLES = 5;

    /** Where a file ended. */
    enum Outcome {
        /** In news.articles under its article id (and in done/). */
        ARTICLE,
        /** Rejected by ingest: in failed/ and in news.dlq. */
        REJECTED,
        /** Published by ingest, then dead-lettered by enrich or sink (in done/ and in news.dlq). */
        DEAD_LETTERED,
        /** In more than one of the above. */
        SEVERAL,
        /** In none of them. */
        LOST
    }

    record Check(String name, boolean passed, String detail) {
    }

    /** The checks and the figures behind them. */
    record Result(List<Check> checks, Map<Outcome, Integer> outcomes, Map<String, String> figures) {
        boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }
    }

    private Verification() {
    }

    static Result verify(List<Dropped> dropped, Path inbox, Topics topics) {
        Map<String, EnrichedArticle> view = new HashMap<>();
        Map<String, Integer> writesPerId = new HashMap<>();
        for (ConsumerRecord<String, EnrichedArticle> r : topics.<EnrichedArticle>readAvro(Topics.ARTICLES)) {
            writesPerId.merge(r.key(), 1, Integer::sum);
            if (r.value() == null) {
                view.remove(r.key());
            } else {
                view.put(r.key(), r.value());
            }
        }
        Map<String, Integer> ingestDeadLetters = new HashMap<>();
        Map<String, Integer> laterDeadLetters = new HashMap<>();
        for (ConsumerRecord<String, DeadLetter> r : topics.<DeadLetter>readAvro(Topics.DLQ)) {
            DeadLetter d = r.value();
            if ("ingest".equals(d.getStage()) && d.getRelativePath() != null) {
                ingestDeadLetters.merge(d.getRelativePath(), 1, Integer::sum);
            } else if (d.getOriginalKey() != null) {
                laterDeadLetters.merge(StandardCharsets.UTF_8.decode(d.getOriginalKey()).toString(), 1, Integer::sum);
            }
        }
        List<String> rawKeys = topics.readKeys(Topics.RAW);
        Set<String> published = new HashSet<>(rawKeys);
        // done/ keeps a folder per day above the inbox-relative path.
        Map<String, Long> done = count(ArchiveCounts.files(inbox.resolve(ArchiveCounts.DONE)),
                p -> slashed(p.subpath(1, p.getNameCount())));
        Map<String, Long> failed = count(ArchiveCounts.files(inbox.resolve(ArchiveCounts.FAILED)), Verification::slashed);
        List<String> leftInInbox = ArchiveCounts.files(inbox, Set.of(ArchiveCounts.DONE, ArchiveCounts.FAILED)).stream()
                .map(Verification::slashed).filter(p -> !p.endsWith(".lock")).toList();

        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        Map<Outcome, List<String>> examples = new EnumMap<>(Outcome.class);
        Map<String, Set<Outcome>> outcomesByTemplate = new TreeMap<>();
        List<String> halfRejected = new ArrayList<>();
        List<String> badNotRejected = new ArrayList<>();
        List<String> archiveMismatch = new ArrayList<>();
        Set<String> articleIds = new HashSet<>();
        for (Dropped f : dropped) {
            EnrichedArticle article = view.get(f.expectedId());
            boolean inArticles = article != null && f.relativePath().equals(article.getRelativePath());
            long timesInDone = done.getOrDefault(f.relativePath(), 0L);
            long timesInFailed = failed.getOrDefault(f.relativePath(), 0L);
            boolean inFailed = timesInFailed > 0;
            boolean ingestDeadLetter = ingestDeadLetters.containsKey(f.relativePath());
            // enrich's dead letters keep the news.raw key (the raw id), the sink's the article id.
            boolean laterDeadLetter = laterDeadLetters.containsKey(f.rawId())
                    || laterDeadLetters.containsKey(f.expectedId());
            int places = (inArticles ? 1 : 0) + (inFailed || ingestDeadLetter ? 1 : 0) + (laterDeadLetter ? 1 : 0);
            Outcome outcome = places > 1 ? Outcome.SEVERAL
                    : inArticles ? Outcome.ARTICLE
                    : inFailed || ingestDeadLetter ? Outcome.REJECTED
                    : laterDeadLetter ? Outcome.DEAD_LETTERED : Outcome.LOST;
            outcomes.merge(outcome, 1, Integer::sum);
            List<String> some = examples.computeIfAbsent(outcome, o -> new ArrayList<>());
            if (some.size() < EXAMPLES) {
                some.add(describe(f, inArticles, timesInDone, timesInFailed, ingestDeadLetter, published.contains(f.rawId())));
            }
            outcomesByTemplate.computeIfAbsent(f.template(), t -> new HashSet<>()).add(outcome);
            if (inFailed != ingestDeadLetter) {
                halfRejected.add(f.relativePath() + (inFailed ? " is in failed/ without a dead letter"
                        : " has a dead letter but is not in failed/"));
            }
            if (f.kind().deliberatelyBad() && outcome != Outcome.REJECTED) {
                badNotRejected.add(f.relativePath() + " (" + f.template() + "): " + outcome);
            }
            long expectedDone = outcome == Outcome.ARTICLE || outcome == Outcome.DEAD_LETTERED ? 1 : 0;
            long expectedFailed = outcome == Outcome.REJECTED ? 1 : 0;
            if (timesInDone != expectedDone || timesInFailed != expectedFailed) {
                archiveMismatch.add(f.relativePath() + ": " + outcome + " but " + timesInDone + "x in done/, "
                        + timesInFailed + "x in failed/");
            }
            if (outcome == Outcome.ARTICLE) {
                articleIds.add(f.expectedId());
            }
        }

        List<Check> checks = new ArrayList<>();
        checks.add(new Check("no file lost", outcomes.getOrDefault(Outcome.LOST, 0) == 0,
                outcomes.getOrDefault(Outcome.LOST, 0) + " lost" + examples(examples.get(Outcome.LOST))));
        checks.add(new Check("no file in two places", outcomes.getOrDefault(Outcome.SEVERAL, 0) == 0,
                outcomes.getOrDefault(Outcome.SEVERAL, 0) + " in more than one" + examples(examples.get(Outcome.SEVERAL))));
        checks.add(new Check("every rejected file is in failed/ and has a dead letter in news.dlq", halfRejected.isEmpty(),
                halfRejected.size() + " only half rejected" + examples(halfRejected)));
        checks.add(new Check("every deliberately bad file was rejected", badNotRejected.isEmpty(),
                badNotRejected.size() + " not rejected" + examples(badNotRejected)));
        List<String> mixed = outcomesByTemplate.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        checks.add(new Check("copies of one file all end the same way", mixed.isEmpty(),
                outcomesByTemplate.size() + " groups (input files and kinds of bad file), "
                        + (mixed.isEmpty() ? "none mixed" : "mixed: " + mixed)));
        checks.add(new Check("the inbox's folders agree: each file once in done/ or failed/, nothing left behind",
                archiveMismatch.isEmpty() && leftInInbox.isEmpty(),
                archiveMismatch.size() + " mismatches" + examples(archiveMismatch) + "; " + leftInInbox.size()
                        + " files left in the inbox" + examples(leftInInbox)));
        Set<String> extraIds = new HashSet<>(view.keySet());
        extraIds.removeAll(articleIds);
        long sharedContent = view.values().stream().collect(Collectors.groupingBy(EnrichedArticle::getRawId, Collectors.counting()))
                .values().stream().filter(n -> n > 1).count();
        checks.add(new Check("the compacted view holds exactly one value per article id",
                view.size() == articleIds.size() && extraIds.isEmpty() && sharedContent == 0,
                view.size() + " ids in the view for " + articleIds.size() + " articles; " + extraIds.size()
                        + " ids no dropped file explains; " + sharedContent + " contents under more than one id"));
        long rewritten = writesPerId.values().stream().filter(n -> n > 1).count();
        checks.add(new Check("each article written to news.articles once (no duplicate after a crash)", rewritten == 0,
                rewritten + " ids written more than once; " + writesPerId.values().stream().mapToInt(Integer::intValue).sum()
                        + " records for " + writesPerId.size() + " ids"));

        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("files dropped", String.valueOf(dropped.size()));
        figures.put("news.raw records / distinct keys", rawKeys.size() + " / " + published.size()
                + " (a file published again after a crash repeats its key)");
        figures.put("news.dlq dead letters from ingest / rejected files",
                ingestDeadLetters.values().stream().mapToInt(Integer::intValue).sum() + " / " + ingestDeadLetters.size());
        figures.put("news.dlq dead letters from enrich or sink",
                String.valueOf(laterDeadLetters.values().stream().mapToInt(Integer::intValue).sum()));
        figures.put("news.articles records / ids in the compacted view",
                writesPerId.values().stream().mapToInt(Integer::intValue).sum() + " / " + view.size());
        return new Result(checks, outcomes, figures);
    }

    private static String describe(Dropped f, boolean inArticles, long inDone, long inFailed, boolean deadLetter,
            boolean inRaw) {
        return f.relativePath() + " (" + f.template() + ", raw id " + f.rawId().substring(0, 12) + ", article id "
                + f.expectedId().substring(0, 12) + "): in news.articles " + inArticles + ", done/ " + inDone
                + ", failed/ " + inFailed + ", ingest dead letter " + deadLetter + ", in news.raw " + inRaw;
    }

    private static String examples(List<String> list) {
        return list == null || list.isEmpty() ? ""
                : ", e.g. " + String.join("; ", list.subList(0, Math.min(EXAMPLES, list.size())));
    }

    private static String slashed(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static Map<String, Long> count(List<Path> paths, Function<Path, String> key) {
        return paths.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
