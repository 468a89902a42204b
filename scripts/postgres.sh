#!/usr/bin/env bash
# A private PostgreSQL server for the hub's tests and benchmarks, from Debian's packages.
#
#   scripts/postgres.sh start DIR [PORT]   install if need be, initdb DIR, start on 127.0.0.1:PORT
#                                          (default 55432); prints the server's URL on stdout
#   scripts/postgres.sh stop DIR           stop it (fast shutdown)
#
# LABHUB_PG_DURABLE=1 keeps PostgreSQL's defaults (every commit flushed to disk, as the SQLite hub
# does), for benchmarks; without it, fsync is off: tests make and drop many databases.
#
# PostgreSQL refuses to run as root, so under root the cluster belongs to a user of its own
# (labhub-pg), made if missing. The socket stays in DIR; nothing listens beyond loopback.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"  # runuser and useradd, for a caller with a bare PATH
cmd=${1:?start or stop}
dir=${2:?a folder for the cluster}
port=${3:-55432}
user=labhub-pg

find_bin() {
    local d
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    done
    return 1
}

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

bin=$(find_bin || true)
case "$cmd" in
start)
    if [ -z "$bin" ]; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "Installing PostgreSQL from Debian's packages" >&2
        $sudo apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        bin=$(find_bin)
    fi
    if [ "$(id -u)" -eq 0 ] && ! id "$user" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
    fi
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -ne 0 ] || chown "$user" "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        as_owner "$bin/initdb" -D "$dir/data" -U labhub --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    if [ "${LABHUB_PG_DURABLE:-0}" != 1 ]; then
        options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" start >&2 \
        || { tail -20 "$dir/server.log" >&2; exit 1; }
    echo "postgresql://labhub@127.0.0.1:$port/postgres"
    ;;
stop)
    [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
