# One image for every newswire role: docker run IMAGE ingest|enrich|sink|init|tail|explain|config ...
#
# Both bases are build arguments. The defaults are the official Eclipse Temurin images (pinned tags); CI, which can
# pull no image, builds the same file from Debian bases it makes itself (scripts/container-check):
#   docker build --build-arg BUILD_BASE=newswire-local-base-jdk --build-arg RUNTIME_BASE=newswire-local-base-jre .
# The build base needs a JDK 17+ (and bash); the runtime base a JRE 17+, bash and coreutils (for the HEALTHCHECK).
ARG BUILD_BASE=eclipse-temurin:17.0.16_8-jdk-noble
ARG RUNTIME_BASE=eclipse-temurin:17.0.16_8-jre-noble

# ---------------------------------------------------------------------------------------------------------------------
FROM ${BUILD_BASE} AS build
ENV LANG=C.UTF-8 LC_ALL=C.UTF-8
WORKDIR /src
COPY . .
# The image needs app and the modules it depends on, but not the embedded schema registry (module registry, an
# Apicurio/Quarkus app used by `newswire local` and the tests only). Module local declares it as a pom-type
# dependency (for build order only), so the registry's pom is installed as a bare pom and the module is left out of
# the reactor: no Apicurio or Quarkus download, no Quarkus build.
RUN set -eux; \
    ./mvnw -B -q -N install; \
    ./mvnw -B -q -N install:install-file -Dfile=registry/pom.xml -DpomFile=registry/pom.xml -Dpackaging=pom; \
    ./mvnw -B -q -Dmaven.test.skip=true -pl 'app,!registry' -am package; \
    mkdir -p /out/opt/newswire; \
    cp app/target/newswire.jar /out/opt/newswire/; \
    cp -r app/target/lib /out/opt/newswire/lib

# ---------------------------------------------------------------------------------------------------------------------
FROM ${RUNTIME_BASE}
ARG NEWSWIRE_UID=10001
LABEL org.opencontainers.image.title="newswire" \
      org.opencontainers.image.description="Kafka pipeline for news articles: ingest, enrich, sink (one image, every role)" \
      org.opencontainers.image.licenses="Apache-2.0"

# A UTF-8 locale: Java takes the file-name encoding from it (non-ASCII names in the inbox).
# Container-aware memory: the heap is a share of the container's memory limit, not of the host's; an
# OutOfMemoryError ends the JVM so that the restart policy starts a clean one. Override JAVA_TOOL_OPTIONS to change.
ENV LANG=C.UTF-8 \
    LC_ALL=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8" \
    NEWSWIRE_HOME=/opt/newswire

RUN set -eu; \
    if command -v useradd >/dev/null; then \
      groupadd --system --gid "$NEWSWIRE_UID" newswire; \
      useradd --system --uid "$NEWSWIRE_UID" --gid newswire --home-dir /var/lib/newswire --no-create-home \
        --shell /usr/sbin/nologin newswire; \
    else \
      addgroup -S -g "$NEWSWIRE_UID" newswire; \
      adduser -S -u "$NEWSWIRE_UID" -G newswire -h /var/lib/newswire -H -s /sbin/nologin newswire; \
    fi; \
    # State folders (Kafka Streams state of enrich and sink) and the default inbox; volumes mounted here start with
    # this ownership.
    mkdir -p /var/lib/newswire/state /var/lib/newswire/inbox; \
    chown -R newswire:newswire /var/lib/newswire

COPY --from=build /out/opt/newswire /opt/newswire
# newswire-healthcheck: healthy while a JVM runs in the container and, when NEWSWIRE_HEALTH_URL is set, that http://
# URL answers 2xx within 4 s. Plain bash (/dev/tcp) and coreutils: no curl or wget, which JRE images do not promise.
# newswire: the CLI on the PATH, for `docker exec CONTAINER newswire tail ...`.
RUN set -eu; \
    printf '%s\n' \
      '#!/bin/bash' \
      'grep -qsx java /proc/[0-9]*/comm || { echo "unhealthy: no JVM running"; exit 1; }' \
      'url="${NEWSWIRE_HEALTH_URL:-}"' \
      '[ -n "$url" ] || { echo "healthy: JVM running"; exit 0; }' \
      'case "$url" in http://*) ;; *) echo "unhealthy: NEWSWIRE_HEALTH_URL must be http://HOST[:PORT]/PATH"; exit 1 ;; esac' \
      'rest="${url#http://}"; hostport="${rest%%/*}"' \
      'case "$rest" in */*) path="/${rest#*/}" ;; *) path=/ ;; esac' \
      'host="${hostport%:*}"; port=80; case "$hostport" in *:*) port="${hostport##*:}" ;; esac' \
      '{ exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null || { echo "unhealthy: cannot connect to $hostport"; exit 1; }' \
      'printf "GET %s HTTP/1.0\r\nHost: %s\r\nConnection: close\r\n\r\n" "$path" "$hostport" >&3' \
      'IFS=" " read -r -t 4 _ code _ <&3 || true' \
      'case "$code" in 2??) echo "healthy: $url answered $code"; exit 0 ;; esac' \
      'echo "unhealthy: $url answered ${code:-nothing}"; exit 1' \
      > /usr/local/bin/newswire-healthcheck; \
    printf '%s\n' '#!/bin/sh' 'exec java -jar /opt/newswire/newswire.jar "$@"' > /usr/local/bin/newswire; \
    chmod 0755 /usr/local/bin/newswire-healthcheck /usr/local/bin/newswire

USER newswire
WORKDIR /var/lib/newswire
# In a container the query API and the operations endpoints (/health, /ready, /metrics) must listen on every
# interface to be reachable (the defaults, 127.0.0.1, are for hosts). Other defaults need no change: relative paths
# resolve in /var/lib/newswire (inbox, .newswire/enrich, .newswire/sink).
ENV NEWSWIRE_SINK_HTTP_HOST=0.0.0.0 \
    NEWSWIRE_OPS_HOST=0.0.0.0
# The sink's query API; the operations endpoints of ingest, enrich and sink (ingest.ops.port, enrich.ops.port,
# sink.ops.port).
EXPOSE 8080 9401 9402 9403

# Health: see newswire-healthcheck above. Set NEWSWIRE_HEALTH_URL to the service's /ready (the compose file does:
# http://127.0.0.1:9401/ready for ingest, :9402 for enrich, :9403 for sink); without it only the JVM is checked.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 CMD ["/usr/local/bin/newswire-healthcheck"]

# The JVM is PID 1 (exec form), so docker stop's SIGTERM reaches it and the services shut down cleanly.
ENTRYPOINT ["java", "-jar", "/opt/newswire/newswire.jar"]
CMD ["--help"]
