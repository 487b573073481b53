/** JMH benchmarks of the Avro serde (module serde) in steady state: schema ids cached, no registry calls. */
package io.newswire.bench.serde;
