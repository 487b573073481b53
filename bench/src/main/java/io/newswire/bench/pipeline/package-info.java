/**
 * The end-to-end benchmark of {@code newswire local} ({@code scripts/bench-e2e}, {@link
 * io.newswire.bench.pipeline.EndToEndBenchmark}): the pipeline as a child process, a dropper, an observer of
 * news.articles, Kafka's producer-perf-test as the reference, resource sampling, the Markdown report and the charts.
 */
package io.newswire.bench.pipeline;
