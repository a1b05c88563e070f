#!/usr/bin/env bash
# Send benchmark (issue 3): tayori-cli send of N personalised, DKIM-signed newsletters (~25 KB, HTML + text) to
# Postfix's smtp-sink on loopback, against the machine's signing ceiling (openssl speed) and a nodemailer peer.
# Prints msgs/s, CPU seconds and peak RSS of each, the median of RUNS runs.
# Usage: [RUNS=3] [CONNECTIONS=4] [PEER_CONNECTIONS=$CONNECTIONS] [SKIP_PEER=1] [TAYORI_SEND_ARGS="…"]
#        bench/send_bench.sh [N=20000] [BUILD_DIR=build]
# Targets (issue 3): tayori-cli with rsa-sha256 >= 40 % of the rsa2048 signing ceiling and >= 5 x the peer.
# Exit status: 0 PASS, 1 FAIL (or a check failed), 2 when this build has no `tayori-cli send` (the ceiling and the
# peer are still measured).
set -euo pipefail
n=${1:-20000}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-"$here/build"}
cli="$build/app/cli/tayori-cli"
runs=${RUNS:-3}
conns=${CONNECTIONS:-4}
peer_conns=${PEER_CONNECTIONS:-$conns}
cores=$(nproc)
selector=bench
domain=bench.example
from="Tayori ベンチ <news@$domain>"

# Prerequisites: say exactly what to install, install nothing.
[ -x "$cli" ] || { echo "build first: ./test.sh or scripts/bootstrap.sh" >&2; exit 1; }
if ! command -v smtp-sink >/dev/null && [ ! -x /usr/sbin/smtp-sink ]; then
    cat >&2 <<'EOF'
needs Postfix's smtp-sink; install Postfix without configuring a mail system:
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections; apt-get install postfix
EOF
    exit 1
fi
sink=$(command -v smtp-sink || echo /usr/sbin/smtp-sink)
[ -x /usr/bin/time ] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "needs openssl (apt-get install openssl)" >&2; exit 1; }
/usr/bin/python3 -c 'import dkim, nacl' 2>/dev/null \
    || { echo "needs python3-dkim for /usr/bin/python3 (apt-get install python3-dkim python3-nacl)" >&2; exit 1; }
if [ "${SKIP_PEER:-0}" != 1 ]; then
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "the nodemailer peer needs Node.js >= 20 and npm: apt-get install nodejs npm (or SKIP_PEER=1)" >&2
        exit 1
    fi
    node_major=$(node -p 'process.versions.node.split(".")[0]')
    if (( node_major < 20 )); then
        echo "the nodemailer peer needs Node.js >= 20 (nodemailer's own requirement); this is $(node --version)" >&2
        exit 1
    fi
fi
# `send` is there when its help names the --smtp option (an unknown command fails or prints the general help).
tayori=1
if ! "$cli" send --help 2>/dev/null | grep -q -- '--smtp'; then
    tayori=0
fi

work=$(mktemp -d)
dumps=$(mktemp -d)      # smtp-sink drops its privileges: its dump folder must be writable by "nobody"
chmod 777 "$dumps"
sink_pid=""
cleanup() {
    [ -n "$sink_pid" ] && kill "$sink_pid" 2>/dev/null
    rm -rf "$work" "$dumps"
}
trap cleanup EXIT

sink_user=()
(( EUID == 0 )) && sink_user=(-u nobody)   # smtp-sink refuses to run as root without -u

# start_sink count|DUMP_DIR: a fresh smtp-sink on a free loopback port, in $port. "count" keeps only its running
# counters (cheap: one short write per message) in $work/sink.count; a folder makes it dump every message there.
start_sink() {
    rm -f "$work/sink.count"
    port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if [ "$1" = count ]; then
        "$sink" -c "${sink_user[@]}" "127.0.0.1:$port" 1000 > "$work/sink.count" 2> "$work/sink.err" &
    else
        "$sink" "${sink_user[@]}" -d "$1/%H%M%S." "127.0.0.1:$port" 1000 > /dev/null 2> "$work/sink.err" &
    fi
    sink_pid=$!
    for _ in $(seq 50); do
        /usr/bin/python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' \
            "$port" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "smtp-sink did not start: $(cat "$work/sink.err")" >&2
    exit 1
}
# stop_sink: stops it; after "count", $received is the number of messages it took (its last "mesg=" counter).
stop_sink() {
    kill "$sink_pid" 2>/dev/null || true
    wait "$sink_pid" 2>/dev/null || true
    sink_pid=""
    received=$( (tr '\r' '\n' 2>/dev/null < "$work/sink.count" || true) | sed -n 's/.* mesg=\([0-9]*\).*/\1/p' | tail -1)
    received=${received:-0}
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
max() { printf '%s\n' "$@" | sort -g | tail -1; }
json() { /usr/bin/python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"; }

echo "machine: $cores cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (figures are only as quiet as the machine)"
echo "workload: $n messages, $conns connections, $runs runs each, median counts"

# Inputs: contacts, the newsletter, DKIM keys and the TXT records a verifier would find in DNS.
/usr/bin/python3 "$here/bench/send_bench_data.py" "$n" "$work"
head -4 "$work/contacts.csv" > "$work/sample.csv"
subject=$(cat "$work/subject.txt")
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.pem" 2>/dev/null
openssl genpkey -algorithm ED25519 -out "$work/ed25519.pem" 2>/dev/null
echo "v=DKIM1; k=rsa; p=$(openssl pkey -in "$work/rsa.pem" -pubout -outform DER | base64 -w0)" > "$work/rsa.txt"
echo "v=DKIM1; k=ed25519; p=$(openssl pkey -in "$work/ed25519.pem" -pubout -outform DER | tail -c 32 | base64 -w0)" \
    > "$work/ed25519.txt"
printf 'newsletter: HTML %s bytes, text %s bytes before personalisation; merge fields %s\n' \
    "$(wc -c < "$work/template.html")" "$(wc -c < "$work/template.txt")" \
    "$(grep -oh '{{[^}]*}}' "$work/template.html" "$work/template.txt" | sort -u | tr '\n' ' ')"

# The signing ceiling: what OpenSSL alone signs per second on every core, nothing else running.
speed() {
    openssl speed -seconds 3 -multi "$cores" "$1" 2>/dev/null | awk -v pat="$2" '$0 ~ pat { print $(NF - 1) }' | tail -1
}
ceiling_rsa=$(speed rsa2048 '^rsa 2048 bits')
ceiling_ed=$(speed ed25519 'Ed25519')
printf 'signing ceiling (openssl speed -multi %d): rsa2048 %.0f signs/s, ed25519 %.0f signs/s\n' \
    "$cores" "$ceiling_rsa" "$ceiling_ed"

checks_ok=1
# tayori_cmd DB KEY: the one way this script runs tayori-cli send (in $cmd), for the samples and the timed runs.
# TAYORI_SEND_ARGS adds options (split on spaces), e.g. to try another --rate.
tayori_cmd() {
    # shellcheck disable=SC2206  # split on purpose
    cmd=("$cli" --db "$1" send --subject "$subject" --from "$from" --html "$work/template.html"
         --text "$work/template.txt" --list bench --smtp "smtp://127.0.0.1:$port?tls=none"
         --dkim-key "$2" --dkim-selector "$selector" --connections "$conns" --base-url "https://news.$domain"
         ${TAYORI_SEND_ARGS:-} --json)
}

declare -A t_rate t_cpu t_rss t_secs
if (( tayori )); then
    "$cli" --db "$work/tayori.sqlite" import "$work/contacts.csv" --list bench --json > "$work/import.json"
    "$cli" --db "$work/sample.sqlite" import "$work/sample.csv" --list bench --json > /dev/null
    imported=$(json "$work/import.json" imported)
    [ "$imported" = "$n" ] || { echo "tayori-cli import took $imported of $n contacts" >&2; exit 1; }
    for algo in rsa ed25519; do
        # Sample: three messages dumped by the sink, DKIM-verified by python3-dkim, measured.
        mkdir -m 777 "$dumps/tayori-$algo"
        start_sink "$dumps/tayori-$algo"
        tayori_cmd "$work/sample.sqlite" "$work/$algo.pem"
        "${cmd[@]}" > /dev/null || checks_ok=0
        sleep 0.2
        stop_sink
        printf 'tayori-cli %s sample: ' "$algo"
        /usr/bin/python3 "$here/bench/send_bench_check.py" "$dumps/tayori-$algo" 3 "$selector" "$domain" \
            "$work/$algo.txt" || checks_ok=0

        rates=(); cpus=(); rsss=(); secs=()
        for run in $(seq "$runs"); do
            start_sink count
            tayori_cmd "$work/tayori.sqlite" "$work/$algo.pem"
            /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "${cmd[@]}" > "$work/out.json" || checks_ok=0
            sleep 0.2
            stop_sink
            read -r wall user sys rss < <(tail -1 "$work/time.txt")
            sent=$(json "$work/out.json" sent 2>/dev/null || echo "?")
            [ "$sent" = "$n" ] && [ "$received" = "$n" ] || checks_ok=0
            rates+=("$(echo "$n / $wall" | bc -l)"); cpus+=("$(echo "$user + $sys" | bc -l)"); rsss+=("$rss"); secs+=("$wall")
            printf 'tayori-cli %-7s run %d: %6.2f s, %6.0f msgs/s, CPU %6.2f s, peak RSS %5.1f MB; sent %s, sink received %s\n' \
                "$algo" "$run" "$wall" "${rates[-1]}" "${cpus[-1]}" "$(echo "$rss / 1024" | bc -l)" "$sent" "$received"
        done
        t_rate[$algo]=$(median "${rates[@]}"); t_cpu[$algo]=$(median "${cpus[@]}")
        t_rss[$algo]=$(max "${rsss[@]}"); t_secs[$algo]=$(median "${secs[@]}")
    done
else
    echo "tayori-cli send: not available in this build"
fi

p_rate=""
if [ "${SKIP_PEER:-0}" != 1 ]; then
    peer="$here/bench/peer"
    want=$(node -p "require('$peer/package.json').dependencies.nodemailer")
    have=$(node -p "require('$peer/node_modules/nodemailer/package.json').version" 2>/dev/null || true)
    [ "$want" = "$have" ] || (cd "$peer" && npm ci --silent --no-audit --no-fund)
    peer_args=(--html "$work/template.html" --text "$work/template.txt" --subject-file "$work/subject.txt"
               --from "$from" --dkim-key "$work/rsa.pem" --dkim-selector "$selector" --connections "$peer_conns"
               --base-url "https://news.$domain")
    mkdir -m 777 "$dumps/peer"
    start_sink "$dumps/peer"
    node "$peer/send.js" --contacts "$work/sample.csv" --port "$port" "${peer_args[@]}" > /dev/null || checks_ok=0
    sleep 0.2
    stop_sink
    printf 'nodemailer %s sample: ' "$want"
    /usr/bin/python3 "$here/bench/send_bench_check.py" "$dumps/peer" 3 "$selector" "$domain" "$work/rsa.txt" \
        || checks_ok=0

    rates=(); cpus=(); rsss=(); secs=()
    for run in $(seq "$runs"); do
        start_sink count
        # shellcheck disable=SC2016  # the inner script expands its own arguments
        # Two processes, each sending half the contacts over its own pool; timed together.
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" bash -c '
            js=$1; out=$2; shift 2
            node "$js" "$@" --shard 0 --shards 2 > "$out.0" & a=$!
            node "$js" "$@" --shard 1 --shards 2 > "$out.1" & b=$!
            wait $a; ra=$?; wait $b; rb=$?; exit $((ra | rb))' _ "$peer/send.js" "$work/peer" \
            --contacts "$work/contacts.csv" --port "$port" "${peer_args[@]}" || checks_ok=0
        sleep 0.2
        stop_sink
        read -r wall user sys _ < <(tail -1 "$work/time.txt")
        sent=$(( $(json "$work/peer.0" sent 2>/dev/null || echo 0) + $(json "$work/peer.1" sent 2>/dev/null || echo 0) ))
        rss=$(( $(json "$work/peer.0" max_rss_kb 2>/dev/null || echo 0) + $(json "$work/peer.1" max_rss_kb 2>/dev/null || echo 0) ))
        [ "$sent" = "$n" ] && [ "$received" = "$n" ] || checks_ok=0
        rates+=("$(echo "$n / $wall" | bc -l)"); cpus+=("$(echo "$user + $sys" | bc -l)"); rsss+=("$rss"); secs+=("$wall")
        printf 'nodemailer (2 processes) run %d: %6.2f s, %6.0f msgs/s, CPU %6.2f s, peak RSS %5.1f MB (both); sent %s, sink received %s\n' \
            "$run" "$wall" "${rates[-1]}" "${cpus[-1]}" "$(echo "$rss / 1024" | bc -l)" "$sent" "$received"
    done
    p_rate=$(median "${rates[@]}"); p_cpu=$(median "${cpus[@]}"); p_rss=$(max "${rsss[@]}"); p_secs=$(median "${secs[@]}")
fi

echo
echo "== send benchmark: $n messages, $conns connections, median of $runs runs, $cores cores =="
printf 'signing ceiling:        rsa2048 %8.0f signs/s   ed25519 %8.0f signs/s\n' "$ceiling_rsa" "$ceiling_ed"
if (( tayori )); then
    printf 'tayori-cli rsa-sha256:     %6.0f msgs/s (%.2f s), CPU %.2f s (%.2f ms/msg), peak RSS %.1f MB = %.1f %% of the rsa2048 ceiling\n' \
        "${t_rate[rsa]}" "${t_secs[rsa]}" "${t_cpu[rsa]}" "$(echo "1000 * ${t_cpu[rsa]} / $n" | bc -l)" \
        "$(echo "${t_rss[rsa]} / 1024" | bc -l)" \
        "$(echo "100 * ${t_rate[rsa]} / $ceiling_rsa" | bc -l)"
    printf 'tayori-cli ed25519-sha256: %6.0f msgs/s (%.2f s), CPU %.2f s (%.2f ms/msg), peak RSS %.1f MB = %.1f %% of the ed25519 ceiling\n' \
        "${t_rate[ed25519]}" "${t_secs[ed25519]}" "${t_cpu[ed25519]}" "$(echo "1000 * ${t_cpu[ed25519]} / $n" | bc -l)" \
        "$(echo "${t_rss[ed25519]} / 1024" | bc -l)" \
        "$(echo "100 * ${t_rate[ed25519]} / $ceiling_ed" | bc -l)"
else
    echo "tayori-cli send: not available in this build"
fi
if [ -n "$p_rate" ]; then
    printf 'nodemailer peer (rsa):     %6.0f msgs/s (%.2f s), CPU %.2f s (%.2f ms/msg), peak RSS %.1f MB (both processes) = %.1f %% of the rsa2048 ceiling\n' \
        "$p_rate" "$p_secs" "$p_cpu" "$(echo "1000 * $p_cpu / $n" | bc -l)" "$(echo "$p_rss / 1024" | bc -l)" \
        "$(echo "100 * $p_rate / $ceiling_rsa" | bc -l)"
fi
(( checks_ok )) || echo "CHECK FAILED: a send failed, a count differs from $n, or a sample did not verify (see above)"
if (( ! tayori )); then
    echo "NOT RUN: tayori-cli send is not in this build (targets: >= 40 % of the rsa2048 ceiling, >= 5 x the peer)"
    exit 2
fi
verdict=PASS
ceiling_ratio=$(echo "${t_rate[rsa]} / $ceiling_rsa" | bc -l)
printf 'target: rsa-sha256 >= 40 %% of the rsa2048 ceiling: %.1f %%\n' "$(echo "100 * $ceiling_ratio" | bc -l)"
(( $(echo "$ceiling_ratio >= 0.40" | bc -l) )) || verdict=FAIL
if [ -n "$p_rate" ]; then
    peer_ratio=$(echo "${t_rate[rsa]} / $p_rate" | bc -l)
    printf 'target: rsa-sha256 >= 5 x the nodemailer peer: %.1f x\n' "$peer_ratio"
    (( $(echo "$peer_ratio >= 5" | bc -l) )) || verdict=FAIL
else
    echo "target: >= 5 x the nodemailer peer: not measured (SKIP_PEER=1)"
    verdict=FAIL
fi
(( checks_ok )) || verdict=FAIL
echo "$verdict"
[ "$verdict" = PASS ]
