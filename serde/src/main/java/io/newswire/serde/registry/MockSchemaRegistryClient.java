package io.newswire.serde.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * A schema registry held in memory, for tests and benchmarks: the counterpart of Confluent's
 * {@code MockSchemaRegistryClient}. It behaves like a real registry where the serdes can tell: registry-wide ids
 * starting at 1 (the same schema gets the same id under every subject), versions per subject, compatibility levels
 * (global default BACKWARD) enforced with Avro's own compatibility rules, and Confluent's error codes. Thread-safe.
 *
 * <p>Serdes configured with {@code schema.registry.url=mock://scope} share the instance that
 * {@link MockSchemaRegistry#getClientForScope(String)} returns for that scope.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {

    private final String registry;
    private final Map<Schema, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> versionsBySubject = new HashMap<>();
    private final Map<String, CompatibilityLevel> levelsBySubject = new HashMap<>();
    private final CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;

    /** An empty registry named {@code mock://} in error messages. */
    public MockSchemaRegistryClient() {
        this("mock://");
    }

    /**
     * @param name how error messages name this registry, e.g. {@code mock://my-test}
     */
    public MockSchemaRegistryClient(String name) {
        this.registry = name;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        List<RegisteredSchema> versions = versionsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
        for (RegisteredSchema existing : versions) {
            if (existing.schema().equals(schema)) {
                return existing.id();
            }
        }
        List<String> problems = incompatibilities(subject, schema);
        if (!problems.isEmpty()) {
            throw new RegistryResponseException(registry, "POST /subjects/" + subject + "/versions", 409,
                    RegistryResponseException.INCOMPATIBLE_SCHEMA,
                    "Schema being registered is incompatible with an earlier schema for subject \"" + subject
                            + "\", details: " + problems);
        }
        int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 1);
        schemasById.putIfAbsent(id, schema);
        versions.add(new RegisteredSchema(subject, id, versions.size() + 1, schema));
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema) {
        for (RegisteredSchema existing : versionsOf(subject, "POST /subjects/" + subject)) {
            if (existing.schema().equals(schema)) {
                return existing;
            }
        }
        throw new RegistryResponseException(registry, "POST /subjects/" + subject, 404,
                RegistryResponseException.SCHEMA_NOT_FOUND, "Schema not found");
    }

    @Override
    public synchronized Schema schemaById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new UnknownSchemaIdException(registry, id, null);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema latest(String subject) {
        List<RegisteredSchema> versions = versionsOf(subject, "GET /subjects/" + subject + "/versions/latest");
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        levelsBySubject.put(subject, level);
        return level;
    }

    @Override
    public synchronized CompatibilityLevel compatibility(String subject) {
        return levelsBySubject.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized CompatibilityCheck testCompatibility(String subject, Schema schema) {
        List<String> problems = incompatibilities(subject, schema);
        return new CompatibilityCheck(problems.isEmpty(), problems);
    }

    @Override
    public String toString() {
        return "MockSchemaRegistryClient[" + registry + "]";
    }

    private List<RegisteredSchema> versionsOf(String subject, String request) {
        List<RegisteredSchema> versions = versionsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new RegistryResponseException(registry, request, 404, RegistryResponseException.SUBJECT_NOT_FOUND,
                    "Subject '" + subject + "' not found.");
        }
        return versions;
    }

    /** What stops {@code schema} from joining the subject under its compatibility level; empty if nothing. */
    private List<String> incompatibilities(String subject, Schema schema) {
        CompatibilityLevel level = compatibility(subject);
        List<RegisteredSchema> versions = versionsBySubject.getOrDefault(subject, List.of());
        if (level == CompatibilityLevel.NONE || versions.isEmpty()) {
            return List.of();
        }
        List<RegisteredSchema> checked = level.transitive() ? versions : versions.subList(versions.size() - 1, versions.size());
        List<String> problems = new ArrayList<>();
        for (RegisteredSchema earlier : checked) {
            if (level.checksBackward()) {
                problems.addAll(problems(schema, earlier.schema(), "new schema cannot read version " + earlier.version()));
            }
            if (level.checksForward()) {
                problems.addAll(problems(earlier.schema(), schema, "version " + earlier.version() + " cannot read new schema"));
            }
        }
        return problems;
    }

    private static List<String> problems(Schema reader, Schema writer, String direction) {
        List<String> problems = new ArrayList<>();
        for (Incompatibility incompatibility : SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult().getIncompatibilities()) {
            problems.add(direction + ": " + incompatibility.getType() + " at " + incompatibility.getLocation()
                    + ": " + incompatibility.getMessage());
        }
        return problems;
    }
}
