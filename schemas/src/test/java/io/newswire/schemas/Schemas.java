package io.newswire.schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;

/** Loads a folder of .avsc files, named types first so records can refer to them. */
final class Schemas {
    static final String[] FILES = {"StanceLabel.avsc", "RawArticle.avsc", "EnrichedArticle.avsc", "DeadLetter.avsc"};

    private Schemas() {
    }

    static Map<String, Schema> load(Path dir) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        Map<String, Schema> byName = new LinkedHashMap<>();
        for (String file : FILES) {
            Schema s = parser.parse(Files.readString(dir.resolve(file)));
            byName.put(s.getName(), s);
        }
        return byName;
    }
}
