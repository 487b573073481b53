package io.newswire.enrich.source;

import io.newswire.avro.CitedSource;
import io.newswire.avro.Publisher;
import java.util.List;

/** The source step's result: the publisher of this copy (or null) and the outlets the text cites. */
public record SourceTags(Publisher publisher, List<CitedSource> citedSources) {

    public SourceTags {
        citedSources = List.copyOf(citedSources);
    }
}
