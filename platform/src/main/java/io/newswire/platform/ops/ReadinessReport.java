package io.newswire.platform.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The answers of all readiness checks at one moment: the body of {@code /ready}. */
public record ReadinessReport(List<Entry> entries) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Entry(String name, Readiness readiness) {
    }

    public ReadinessReport {
        entries = List.copyOf(entries);
    }

    /** Ready when there is at least one check and every check is ready. */
    public boolean ready() {
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.readiness().ready());
    }

    /** {@code {"ready": bool, "checks": {"name": {"ready": bool, "detail": "..."}}}}. */
    public ObjectNode toJson() {
        ObjectNode body = JSON.createObjectNode();
        body.put("ready", ready());
        ObjectNode checks = body.putObject("checks");
        for (Entry e : entries) {
            checks.putObject(e.name()).put("ready", e.readiness().ready()).put("detail", e.readiness().detail());
        }
        return body;
    }
}
