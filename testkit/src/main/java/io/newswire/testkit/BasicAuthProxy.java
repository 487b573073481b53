package io.newswire.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP reverse proxy on 127.0.0.1 that demands basic auth before it forwards a request, for testing clients of a
 * server that has none (the embedded schema registry): a request without the right {@code Authorization: Basic}
 * header gets 401 and a Confluent-style error body, any other is relayed to the target and its answer back.
 */
public final class BasicAuthProxy implements AutoCloseable {
    private static final List<String> FORWARDED_HEADERS = List.of("Accept", "Content-Type");

    private final URI target;
    private final byte[] expected;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    private BasicAuthProxy(URI target, String user, String password) throws IOException {
        this.target = target;
        this.expected = ("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * @param targetUrl where requests go, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}; only its scheme, host
     *                  and port count: paths are forwarded as they are
     */
    public static BasicAuthProxy start(String targetUrl, String user, String password) throws IOException {
        return new BasicAuthProxy(URI.create(targetUrl), user, password);
    }

    /** The target URL with the proxy's address in place of the target's. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + (target.getRawPath() == null ? "" : target.getRawPath());
    }

    /** Requests that carried the right credentials and were forwarded. */
    public int accepted() {
        return accepted.get();
    }

    /** Requests answered with 401. */
    public int rejected() {
        return rejected.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                rejected.incrementAndGet();
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"registry\"");
                reply(exchange, 401, "application/json", "{\"error_code\":401,\"message\":\"Unauthorized\"}"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            accepted.incrementAndGet();
            HttpResponse<byte[]> answer = forward(exchange);
            reply(exchange, answer.statusCode(), answer.headers().firstValue("Content-Type").orElse("application/json"),
                    answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = URI.create(target.getScheme() + "://" + target.getRawAuthority() + exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(exchange.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : FORWARDED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
