/** JMH benchmark of the stance tagger (module enrich, package stance): six targets on a 4 KB article, one thread. */
package io.newswire.bench.stance;
