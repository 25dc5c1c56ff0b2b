#!/usr/bin/env bash
# Builds the benchmarks, runs a SHORT version of all of them with -prof gc (about 6 minutes on
# 2 cores, after any other JMH run on the machine has ended), and writes results/jmh.json,
# results/jmh.log and the markdown table results/latest.md.
#
#   escalation-benchmarks/run.sh              # everything
#   escalation-benchmarks/run.sh Routing      # only benchmarks matching a JMH regexp
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

(cd "$root" && mvn -q -B ${MVN_OPTS:-} -DskipTests -pl escalation-benchmarks -am package)
mkdir -p "$results"

cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
command="java -jar escalation-benchmarks/target/benchmarks.jar $jmh_opts -prof gc -rf json -rff escalation-benchmarks/results/jmh.json '$filter'"

# JMH runs one at a time on a machine (it holds /tmp/jmh.lock); wait for another engineer's run to end
for attempt in $(seq 1 60); do
    started="$(date -u '+%Y-%m-%d %H:%M UTC')"
    load_start="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    # shellcheck disable=SC2086 # jmh_opts is a list of options
    java -jar "$jar" $jmh_opts -prof gc -rf json -rff "$results/jmh.json" "$filter" 2>&1 | tee "$results/jmh.log" || true
    if ! grep -q "Unable to acquire the JMH lock" "$results/jmh.log"; then
        break
    fi
    echo "another JMH run holds the lock; waiting (attempt $attempt of 60)"
    sleep 10
done
grep -q "Run complete" "$results/jmh.log" || { echo "JMH did not complete; see $results/jmh.log" >&2; exit 1; }
# the machine is shared: the load average says how much else ran beside the benchmarks
machine="$(nproc) cores, ${cpu:-unknown CPU}, $(java -version 2>&1 | head -n 1), $started; load average (1, 5, 15 min) $load_start at the start, $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) at the end"
java -cp "$jar" io.escalation.benchmarks.Report "$results/jmh.json" "$results/latest.md" \
    --machine "$machine" --command "$command"
echo "wrote $results/latest.md"
