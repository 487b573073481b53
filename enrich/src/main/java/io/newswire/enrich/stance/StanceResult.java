package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import java.util.List;
import java.util.Optional;

/**
 * The stance entries for one article and the warnings a person should see (e.g. "stance skipped: language 'de' is
 * not supported (supported: en)").
 */
public record StanceResult(List<Stance> stances, List<String> warnings) {

    public StanceResult {
        stances = List.copyOf(stances);
        warnings = List.copyOf(warnings);
    }

    public static StanceResult skipped(String warning) {
        return new StanceResult(List.of(), List.of(warning));
    }

    /** The entry for a target (by configured name, case-insensitive), if the article mentions it. */
    public Optional<Stance> get(String target) {
        return stances.stream().filter(s -> s.getTarget().equalsIgnoreCase(target)).findFirst();
    }

    /** The label for a target, NEUTRAL when it has no entry (the way the scorer reads a missing target). */
    public StanceLabel labelOf(String target) {
        return get(target).map(Stance::getLabel).orElse(StanceLabel.NEUTRAL);
    }
}
