#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on a loopback port for the tests; print the URL of a
# superuser ("civannot_admin", password in the URL's place is never used: PGPASSWORD) on stdout.
# Usage: eval "$(bash .ci/postgres.sh start DIR)"  ...  bash .ci/postgres.sh stop DIR
# The tests' cluster runs with fsync=off (throw-away data) and a small WAL (each test database
# is written to it whole; stop 44 ran out of disk); CIVANNOT_PG_FSYNC=on starts a
# durable one, as a real server is, for benchmarks (bench/bench_server.py prints which).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?a temporary directory}
# a free loopback port unless one is given (another cluster may be running here)
port=${CIVANNOT_PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

find_bin() {
    local b
    for b in /usr/lib/postgresql/*/bin; do
        [ -x "$b/initdb" ] && { echo "$b"; return 0; }
    done
    return 1
}

if [ "$cmd" = stop ]; then
    bin=$(find_bin) || exit 0
    if [ "$(id -u)" = 0 ]; then
        su postgres -s /bin/sh -c "$bin/pg_ctl -D '$dir/data' -m immediate stop" >/dev/null 2>&1 || true
    else
        "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    exit 0
fi

if ! bin=$(find_bin); then
    echo "ci: installing PostgreSQL" >&2
    DEBIAN_FRONTEND=noninteractive command apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive command apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
fi
mkdir -p "$dir"
run() {  # as the unprivileged postgres user when we are root (initdb refuses root)
    if [ "$(id -u)" = 0 ]; then
        chown -R postgres "$dir"
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
pw=civannot-ci-$$
printf '%s\n' "$pw" > "$dir/pw"
run "$bin/initdb -D '$dir/data' -U civannot_admin --pwfile='$dir/pw' -A scram-sha-256 -E UTF8 --locale=C.UTF-8" >/dev/null
if ! run "$bin/pg_ctl -D '$dir/data' -l '$dir/log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=${CIVANNOT_PG_FSYNC:-off} -c max_connections=60 -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=64MB -c min_wal_size=32MB\" start" >/dev/null; then
    echo "ci: PostgreSQL did not start:" >&2
    tail -5 "$dir/log" >&2
    exit 1
fi
echo "export CIVANNOT_TEST_PG=postgresql://civannot_admin@127.0.0.1:$port/postgres"
echo "export PGPASSWORD=$pw"
