/** JMH benchmark of article understanding without stance (module enrich): one 4 KB article, one thread. */
package io.newswire.bench.enrich;
