#!/usr/bin/env bash
# A local Neo4j Community for development and tests (tools/neo4j): Bolt only,
# on 127.0.0.1, without auth.
#
#   scripts/neo4j.sh build   build tools/neo4j unless it is up to date
#   scripts/neo4j.sh run     run in the foreground (make neo4j)
#   scripts/neo4j.sh start   run in the background and wait until Bolt answers
#   scripts/neo4j.sh stop    stop what start started
#   scripts/neo4j.sh import DIR
#                            replace the database with the CSV files
#                            neo4jstore.Bulk wrote in DIR (diplograph load
#                            -bulk DIR), through Neo4j's own importer; the
#                            server on this port must be stopped
#
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_DATA_DIR (.cache/neo4j/data, the
# Neo4j home), NEO4J_JAVA_OPTS (JVM flags, replaces the defaults below).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool=$root/tools/neo4j
cache=$root/.cache/neo4j
port=${NEO4J_BOLT_PORT:-7687}
data=${NEO4J_DATA_DIR:-$cache/data}
# One pid and log per port, so scripts/with-neo4j.sh's test server and a
# developer's own server on 7687 never stop each other.
suffix=""
[[ $port == 7687 ]] || suffix=-$port
pidfile=$cache/pid$suffix
logfile=$cache/neo4j$suffix.log
# A fixed heap keeps Neo4j from sizing itself to the whole machine, which it
# shares with Go builds and tests. 2 GB, all of it from the start: with
# 1 GB a load's transactions (10,000 rows each) paused it 0.2-0.6 s in G1
# collections, and a heap that has to grow pauses to grow. The
# --add-opens let the page cache use direct buffers the fast way instead of
# logging a fallback warning.
java_opts=${NEO4J_JAVA_OPTS:-"-Xms2g -Xmx2g -XX:+UseG1GC
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true"}

# The importer works mostly off the heap, in memory it sizes from what is
# free; the heap holds little more than its bookkeeping. It is a batch job:
# the parallel collector's pauses cost it nothing, where G1's concurrent
# work took cores from its two worker threads (a million relations: 48-50
# s of CPU against 50-59 s with G1).
import_opts=${NEO4J_IMPORT_JAVA_OPTS:-"-Xmx1g -XX:+UseParallelGC
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"}

die() {
	echo "neo4j.sh: $*" >&2
	exit 1
}

need() {
	command -v "$1" >/dev/null 2>&1 ||
		die "$1 not found: the local Neo4j needs Java 17+ and Maven 3.8+ (Debian: apt-get install openjdk-17-jdk-headless maven)"
}

# outdated reports whether the sources changed since the last good build.
outdated() {
	[[ ! -f $tool/target/.built ]] || [[ -n $(find "$tool/pom.xml" "$tool/src" -newer "$tool/target/.built" -print -quit) ]]
}

build() {
	need java
	outdated || return 0
	need mvn
	mkdir -p "$cache"
	# go test runs packages in parallel, and each may ask for a build.
	exec 9>"$cache/build.lock"
	flock 9
	if outdated; then
		local t0=$SECONDS
		# Maven is quiet only when it succeeds; keep its output for a failure.
		if ! mvn -q -B -f "$tool/pom.xml" package >"$cache/build.log" 2>&1; then
			tail -n 60 "$cache/build.log" >&2
			die "maven build failed (full log: $cache/build.log)"
		fi
		touch "$tool/target/.built"
		echo "neo4j.sh: built tools/neo4j in $((SECONDS - t0)) s" >&2
	fi
	exec 9>&-
}

# answers reports whether something accepts TCP connections on the Bolt port.
answers() {
	(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

launch() {
	# shellcheck disable=SC2086 # java_opts is a list of flags
	exec java $java_opts -cp "$tool/target/classes:$tool/target/lib/*" \
		io.github.diplograph.neo4j.Launcher --port="$port" --data="$data"
}

running() {
	[[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start() {
	if running; then
		echo "neo4j.sh: already running (pid $(cat "$pidfile")) on port $port"
		return 0
	fi
	build
	answers && die "port $port is already in use; set NEO4J_BOLT_PORT"
	mkdir -p "$cache"
	local t0=$EPOCHREALTIME
	(launch) >"$logfile" 2>&1 &
	local pid=$!
	echo "$pid" >"$pidfile"
	local deadline=$((SECONDS + 120))
	until answers; do
		if ! kill -0 "$pid" 2>/dev/null; then
			rm -f "$pidfile"
			tail -n 40 "$logfile" >&2
			die "neo4j exited before Bolt answered (log: $logfile)"
		fi
		if ((SECONDS >= deadline)); then
			tail -n 40 "$logfile" >&2
			stop
			die "neo4j did not answer on port $port within 120 s (log: $logfile)"
		fi
		sleep 0.2
	done
	local secs
	secs=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
	echo "neo4j started bolt://127.0.0.1:$port in $secs s (pid $pid, log $logfile)"
}

stop() {
	if ! running; then
		rm -f "$pidfile"
		echo "neo4j.sh: not running"
		return 0
	fi
	local pid
	pid=$(cat "$pidfile")
	kill -TERM "$pid"
	local deadline=$((SECONDS + 30))
	while kill -0 "$pid" 2>/dev/null; do
		if ((SECONDS >= deadline)); then
			echo "neo4j.sh: pid $pid ignored SIGTERM for 30 s, killing it" >&2
			kill -KILL "$pid" 2>/dev/null || true
			break
		fi
		sleep 0.2
	done
	rm -f "$pidfile"
	echo "neo4j stopped"
}

# import_csv runs neo4j-admin database import full, from the jars the
# launcher already has, into the database the launcher serves.
import_csv() {
	local dir=$1
	[[ -f $dir/import.args ]] || die "$dir/import.args not found: write the CSV files first (diplograph load -bulk $dir PATH...)"
	running && die "neo4j runs on port $port (pid $(cat "$pidfile")): stop it first (scripts/neo4j.sh stop)"
	build
	local args
	mapfile -t args <"$dir/import.args"
	mkdir -p "$data"
	data=$(cd "$data" && pwd)
	# The arguments name the files relative to their folder.
	cd "$dir"
	# shellcheck disable=SC2086 # import_opts is a list of flags
	NEO4J_HOME=$data NEO4J_CONF=$data/conf java $import_opts -cp "$tool/target/classes:$tool/target/lib/*" \
		org.neo4j.cli.AdminTool database import full neo4j --overwrite-destination "${args[@]}"
}

case ${1:-} in
build) build ;;
run)
	build
	launch
	;;
start) start ;;
stop) stop ;;
import)
	[[ -n ${2:-} ]] || die "usage: scripts/neo4j.sh import DIR"
	import_csv "$2"
	;;
*) die "usage: scripts/neo4j.sh build|run|start|stop|import DIR" ;;
esac
