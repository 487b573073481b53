package io.newswire.sink.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswire.platform.json.AvroJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's HTTP API over the article table, on the JDK's built-in server:
 * <ul>
 * <li>{@code GET /articles/{id}}: one article. When another instance owns the key, this instance forwards the request
 * to it and relays the answer (header {@value #SERVED_BY} names who answered), so clients need reach only one
 * instance and never follow redirects to addresses that may be private.</li>
 * <li>{@code GET /articles?publisher=&target=&stance=&from=&to=&limit=}: asks every instance, merges, newest first.</li>
 * <li>{@code GET /health}: 200 while the table is being served (RUNNING, REBALANCING), otherwise 503.</li>
 * </ul>
 * With a token configured, {@code /articles} needs {@code Authorization: Bearer <token>}; {@code /health} stays open
 * for probes. Articles are plain JSON with the {@code EnrichedArticle} field names ({@link AvroJson}).
 */
public final class QueryApi implements AutoCloseable {
    /** Response header naming the instance (host:port) whose table answered. */
    public static final String SERVED_BY = "X-Newswire-Served-By";
    private static final Logger LOG = LoggerFactory.getLogger(QueryApi.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLES = "/articles";
    private static final Comparator<JsonNode> NEWEST_FIRST = Comparator
            .<JsonNode, String>comparing(a -> a.path("published").path("date").textValue(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> a.path("id").asText());

    private final HttpServer server;
    private final ExecutorService workers;
    private final PeerClient peers = new PeerClient();
    private final byte[] expectedAuthorization;
    private volatile ArticleTable table;

    private QueryApi(HttpServer server, String token) {
        this.server = server;
        this.expectedAuthorization = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        // Threads block while forwarding to a peer; a small pool bounds that.
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "newswire-sink-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext(ARTICLES, this::articles);
        server.createContext("/health", this::health);
    }

    /**
     * Binds the port now (so port 0 resolves to the real port before Kafka Streams needs it for
     * {@code application.server}) and answers 503 until {@link #serve} hands over the table.
     */
    public static QueryApi bind(String host, int port, String token) throws IOException {
        QueryApi api = new QueryApi(HttpServer.create(new InetSocketAddress(host, port), 0), token);
        api.server.start();
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void serve(ArticleTable table) {
        this.table = table;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            ArticleTable t = table;
            KafkaStreams.State state = t == null ? KafkaStreams.State.CREATED : t.state();
            send(exchange, serving(state) ? 200 : 503, JSON.createObjectNode().put("state", state.name()));
        }
    }

    private void articles(HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                sendError(exchange, 405, "only GET is supported");
            } else if (!authorized(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                sendError(exchange, 401, "missing or wrong bearer token");
            } else if (table == null || !serving(table.state())) {
                sendError(exchange, 503, "the article table is not being served"
                        + (table == null ? " yet" : " (Kafka Streams state " + table.state() + ")"));
            } else {
                route(exchange);
            }
        } catch (InvalidStateStoreException e) {
            sendError(exchange, 503, "the article table is moving between instances; retry shortly");
        } catch (IllegalArgumentException e) {
            sendError(exchange, 400, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sendError(exchange, 503, "interrupted");
        } catch (IOException e) {
            LOG.warn("query API: {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
            sendError(exchange, 503, "another sink instance did not answer: " + e.getMessage());
        } catch (RuntimeException e) {
            // Without this the JDK server drops the connection silently; the caller deserves an answer and we a log.
            LOG.warn("query API: {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            sendError(exchange, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(ARTICLES) || path.equals(ARTICLES + "/")) {
            search(exchange, ArticleFilter.fromQuery(query(exchange)));
        } else if (path.startsWith(ARTICLES + "/") && path.indexOf('/', ARTICLES.length() + 1) < 0) {
            article(exchange, URLDecoder.decode(path.substring(ARTICLES.length() + 1), StandardCharsets.UTF_8));
        } else {
            sendError(exchange, 404, "no such resource: " + path);
        }
    }

    private void article(HttpExchange exchange, String id) throws IOException, InterruptedException {
        ArticleTable t = table;
        Optional<HostInfo> owner = forwarded(exchange) ? Optional.of(t.self()) : t.ownerOf(id);
        if (owner.isEmpty()) {
            sendError(exchange, 503, "no instance serves this article's partition yet; retry shortly");
        } else if (!owner.get().equals(t.self())) {
            PeerClient.Answer answer = peers.get(owner.get(), exchange.getRequestURI().getRawPath(), authorization(exchange));
            exchange.getResponseHeaders().set(SERVED_BY, hostText(owner.get()));
            sendRaw(exchange, answer.status(), answer.body());
        } else {
            exchange.getResponseHeaders().set(SERVED_BY, hostText(t.self()));
            Optional<ObjectNode> found = t.localGet(id).map(AvroJson::toJson);
            if (found.isPresent()) {
                send(exchange, 200, found.get());
            } else {
                sendError(exchange, 404, "no article " + id);
            }
        }
    }

    /** Scatter-gather: each instance searches its own partitions; this one merges, sorts and cuts to the limit. */
    private void search(HttpExchange exchange, ArticleFilter filter) throws IOException, InterruptedException {
        ArticleTable t = table;
        List<JsonNode> found = new ArrayList<>();
        t.localSearch(filter).forEach(a -> found.add(AvroJson.toJson(a)));
        if (!forwarded(exchange)) {
            for (HostInfo peer : t.instances()) {
                if (!peer.equals(t.self())) {
                    found.addAll(askPeer(peer, filter, authorization(exchange)));
                }
            }
        }
        found.sort(NEWEST_FIRST);
        ArrayNode articles = JSON.createArrayNode();
        found.stream().limit(filter.limit()).forEach(articles::add);
        ObjectNode body = JSON.createObjectNode();
        body.put("count", articles.size());
        body.set("articles", articles);
        send(exchange, 200, body);
    }

    private List<JsonNode> askPeer(HostInfo peer, ArticleFilter filter, String authorization)
            throws IOException, InterruptedException {
        PeerClient.Answer answer = peers.get(peer, ARTICLES + "?" + filter.toQueryString(), authorization);
        if (answer.status() != 200) {
            throw new IOException("instance " + hostText(peer) + " answered " + answer.status() + ": " + answer.body());
        }
        List<JsonNode> articles = new ArrayList<>();
        JSON.readTree(answer.body()).path("articles").forEach(articles::add);
        return articles;
    }

    private static boolean serving(KafkaStreams.State state) {
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    }

    private boolean authorized(HttpExchange exchange) {
        if (expectedAuthorization == null) {
            return true;
        }
        String given = authorization(exchange);
        // Constant-time comparison: response timing must not reveal how much of a guessed token was right.
        return given != null && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
    }

    private static String authorization(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Authorization");
    }

    private static boolean forwarded(HttpExchange exchange) {
        return exchange.getRequestHeaders().containsKey(PeerClient.FORWARDED_HEADER);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = eq < 0 ? pair : pair.substring(0, eq);
                    String value = eq < 0 ? "" : pair.substring(eq + 1);
                    query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static String hostText(HostInfo host) {
        return host.host() + ":" + host.port();
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON.createObjectNode().put("error", message));
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        sendRaw(exchange, status, JSON.writeValueAsString(body));
    }

    private static void sendRaw(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
