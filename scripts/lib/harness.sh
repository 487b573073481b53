# Shared by scripts/chaos and scripts/soak: builds what the harness needs when it is missing or older than the
# sources (the newswire jar, the registry, bench/target/benchmarks.jar), then runs a harness command of package
# io.newswire.bench.chaos in a JVM of its own. Needs a JDK 17+ (the soak run uses its jcmd).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export LC_ALL=C.UTF-8
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JARS=("$ROOT/app/target/newswire.jar" "$ROOT/registry/target/quarkus-app/quarkus-run.jar" "$ROOT/bench/target/benchmarks.jar")
# Touched after each build: Maven leaves a jar alone when its module did not change, so the jars' own times cannot
# tell whether a build is needed.
BUILT="$ROOT/bench/target/harness-built"

harness_needs_build() {
  local jar
  for jar in "${JARS[@]}" "$BUILT"; do
    [[ -f "$jar" ]] || return 0
  done
  [[ -n "$(find "$ROOT" -path "$ROOT/.newswire" -prune -o -path '*/target' -prune -o -path '*/node_modules' -prune \
      -o -path "$ROOT/bench/results" -prune \
      -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' -o -name '*.avsc' \) -newer "$BUILT" -print -quit)" ]]
}

# harness_run MAIN_CLASS ARGS...: build if needed, then run the command from the project folder.
harness_run() {
  local main="$1"
  shift
  if harness_needs_build; then
    echo "building the newswire jar, the registry and the bench harness..." >&2
    (cd "$ROOT" && ./mvnw -q -B -DskipTests -pl registry,app,bench -am package >&2)
    touch "$BUILT"
  fi
  cd "$ROOT"
  exec "$JAVA" -Xmx1g -cp "$ROOT/bench/target/benchmarks.jar" "$main" --project-dir "$ROOT" "$@"
}
