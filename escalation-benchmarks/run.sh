#!/usr/bin/env bash
# Builds the benchmarks, runs a SHORT version of all of them with -prof gc (about 6 minutes on
# 2 cores, after any other JMH run on the machine has ended), and writes results/jmh.json,
# results/jmh.log and the markdown table results/latest.md.
#
#   escalation-benchmarks/run.sh              # everything
#   escalation-benchmarks/run.sh Routing      # only benchmarks matching a JMH regexp
#   RESULTS_NAME=jdbc-latest escalation-benchmarks/run.sh Jdbc
#                                             # the JDBC benchmarks, into results/jdbc-latest.{json,log,md}
#
# The JDBC benchmarks (Jdbc*) need PostgreSQL on 127.0.0.1:5432 and MariaDB on 127.0.0.1:3306
# (database "test"); the outbox relay (JdbcRelay) needs NATS with JetStream on 127.0.0.1:4222 and
# is left out, with a message, when nothing listens there. They load their tables in each fork's
# set-up (the lookup a million rows on PostgreSQL and MariaDB: about a minute each) and drop them
# in its tear-down: the JDBC run takes about 15 minutes.
#
# The short settings fix forks and measurement; each class's @Warmup stays (JSON reading needs 5
# seconds to warm up, routing 6, briefing 3, calendars 2), so a short run measures warm code.
# JMH_OPTS replaces the short settings, e.g. JMH_OPTS="-f 3 -wi 5 -i 10" for a real run.
# MVN_OPTS adds Maven options, e.g. MVN_OPTS=-o to build offline.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
results="$here/results"
jar="$here/target/benchmarks.jar"
filter="${1:-.*}"
jmh_opts="${JMH_OPTS:--f 1 -i 3 -r 1s}"
name="${RESULTS_NAME:-latest}"
if [ "$name" = latest ]; then json="jmh.json"; log="jmh.log"; else json="$name.json"; log="$name.log"; fi
exclude=()
if [[ "JdbcRelayBenchmark" =~ $filter ]] || [[ "$filter" == *Relay* ]]; then
    if ! (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; then
        echo "NATS is not reachable on 127.0.0.1:4222: leaving out the outbox relay benchmark (JdbcRelay)" >&2
        exclude=(-e JdbcRelay)
    fi
fi

(cd "$root" && mvn -q -B ${MVN_OPTS:-} -DskipTests -pl escalation-benchmarks -am package)
mkdir -p "$results"

cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
command="java -jar escalation-benchmarks/target/benchmarks.jar $jmh_opts -prof gc -rf json -rff escalation-benchmarks/results/$json ${exclude[*]:+${exclude[*]} }'$filter'"

# JMH runs one at a time on a machine (it holds /tmp/jmh.lock); wait for another engineer's run to end
for attempt in $(seq 1 60); do
    started="$(date -u '+%Y-%m-%d %H:%M UTC')"
    load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    # shellcheck disable=SC2086 # jmh_opts is a list of options
    java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$results/$json" "${exclude[@]}" "$filter" 2>&1 | tee "$results/$log" || true
    if ! grep -q "Unable to acquire the JMH lock" "$results/$log"; then
        break
    fi
    echo "another JMH run holds the lock; waiting (attempt $attempt of 60)"
    sleep 10
done
grep -q "Run complete" "$results/$log" || { echo "JMH did not complete; see $results/$log" >&2; exit 1; }
# the machine is shared: the load average says how much else ran beside the benchmarks
machine="$(nproc) cores, ${cpu:-unknown CPU}, $(java -version 2>&1 | head -n 1), $started; load average (1, 5, 15 min) $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) at the end"
java -cp "$jar" io.escalation.benchmarks.Report "$results/$json" "$results/$name.md" \
    --machine "$machine" --command "$command"
echo "wrote $results/$name.md"
