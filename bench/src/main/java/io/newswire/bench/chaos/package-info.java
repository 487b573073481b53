/**
 * Fault-injection and endurance runs of the whole pipeline, each service a separate {@code newswire} process (the
 * packaged jar): {@link io.newswire.bench.chaos.ChaosCommand} kills ingest, enrich and sink with SIGKILL and restarts
 * the broker while files arrive, then checks that every file ended in exactly one place;
 * {@link io.newswire.bench.chaos.SoakCommand} runs at a steady rate and samples each JVM's heap after GC and thread
 * count. Started by {@code scripts/chaos} and {@code scripts/soak}.
 */
package io.newswire.bench.chaos;
