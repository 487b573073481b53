package io.newswire.platform.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.Setting;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints of a service, on the JDK's HTTP server:
 * <ul>
 * <li>{@code GET /health}: 200 while the process runs and is not shutting down, 503 once it is (liveness).</li>
 * <li>{@code GET /ready}: 200 when every registered {@link ReadinessCheck} is ready, else 503; the JSON body lists
 * each check with its state (readiness).</li>
 * <li>{@code GET /metrics}: every meter of {@link #registry()} in the Prometheus text format.</li>
 * </ul>
 * It owns the meter registry (with JVM metrics bound) that the service's meters go to, and closes what was handed
 * to it with {@link #closeWithServer}.
 */
public final class OpsServer implements AutoCloseable {
    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final List<ReadinessCheck> checks = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> owned = new CopyOnWriteArrayList<>();
    private volatile boolean shuttingDown;

    private OpsServer(HttpServer server, PrometheusMeterRegistry registry) {
        this.server = server;
        this.registry = registry;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newswire-ops-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Binds {@code ops.host} and the service's port setting and starts serving, with the schema registry's
     * readiness check that every service needs. Port 0 picks a free port.
     *
     * @throws ConfigException when the address cannot be bound (port in use, unknown host)
     */
    public static OpsServer start(Config config, Setting<Integer> portSetting) {
        String host = config.get(CommonSettings.OPS_HOST);
        int port = config.get(portSetting);
        try {
            OpsServer ops = start(host, port);
            RegistryCheck registry = RegistryCheck.start(config);
            ops.closeWithServer(registry);
            ops.addChecks(List.of(registry));
            LOG.info("operations endpoints on {} (/health, /ready, /metrics)", ops.baseUrl());
            return ops;
        } catch (BindException e) {
            throw new ConfigException("cannot serve the operations endpoints on " + host + ":" + port + " ("
                    + CommonSettings.OPS_HOST.key() + ", " + portSetting.key() + "): " + e.getMessage()
                    + "; choose another port, or 0 for a free one", e);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot serve the operations endpoints on " + host + ":" + port + " ("
                    + CommonSettings.OPS_HOST.key() + ", " + portSetting.key() + "): " + e, e);
        }
    }

    /** Binds and starts serving, with a new registry holding the JVM's metrics. */
    public static OpsServer start(String host, int port) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        OpsServer ops = new OpsServer(HttpServer.create(new InetSocketAddress(host, port), 0), registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        ops.closeWithServer(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        ops.server.start();
        return ops;
    }

    /** Where the service's meters go. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port}, as bound. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    public void addChecks(Collection<? extends ReadinessCheck> more) {
        checks.addAll(more);
    }

    /** Closed (last registered first) when this server closes: meter binders, background checks. */
    public void closeWithServer(AutoCloseable resource) {
        owned.add(resource);
    }

    /** From now on {@code /health} and {@code /ready} answer 503: the service is stopping. */
    public void shuttingDown() {
        shuttingDown = true;
    }

    /** Every check's current answer, and whether all are ready (none registered means not ready). */
    public ReadinessReport readiness() {
        List<ReadinessReport.Entry> entries = new ArrayList<>();
        for (ReadinessCheck c : checks) {
            Readiness r;
            try {
                r = c.check();
            } catch (RuntimeException e) {
                r = Readiness.notReady("the check failed: " + e);
            }
            entries.add(new ReadinessReport.Entry(c.name(), r));
        }
        if (shuttingDown) {
            entries.add(new ReadinessReport.Entry("process", Readiness.notReady("shutting down")));
        }
        return new ReadinessReport(entries);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendJson(exchange, 405, JSON.createObjectNode().put("error", "only GET is supported"));
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/health" -> sendJson(exchange, shuttingDown ? 503 : 200,
                        JSON.createObjectNode().put("status", shuttingDown ? "SHUTTING_DOWN" : "UP"));
                case "/ready" -> {
                    ReadinessReport report = readiness();
                    sendJson(exchange, report.ready() ? 200 : 503, report.toJson());
                }
                case "/metrics" -> send(exchange, 200, PROMETHEUS_CONTENT_TYPE,
                        registry.scrape().getBytes(StandardCharsets.UTF_8));
                default -> sendJson(exchange, 404, JSON.createObjectNode()
                        .put("error", "no such endpoint; try /health, /ready or /metrics"));
            }
        } catch (RuntimeException e) {
            LOG.warn("operations endpoint {} failed", exchange.getRequestURI(), e);
        }
    }

    private static void sendJson(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Answers 503 from now on, stops serving, and closes what it owns. Idempotent. */
    @Override
    public void close() {
        shuttingDown = true;
        server.stop(0);
        executor.shutdownNow();
        for (int i = owned.size() - 1; i >= 0; i--) {
            try {
                owned.get(i).close();
            } catch (Exception e) {
                LOG.debug("while closing the operations endpoints: {}", e.toString());
            }
        }
        owned.clear();
        registry.close();
    }
}
