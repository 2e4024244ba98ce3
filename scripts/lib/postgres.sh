# Throw-away PostgreSQL for the tests, from Debian's packages; sourced by scripts/test.
# start_postgres: installs the server if missing, creates a cluster in a temporary directory
# owned by the `postgres` user, listening on a free port on 127.0.0.1 only, and exports
# AGORA_TEST_POSTGRES_URL (a role that may create databases: each test makes its own).
# stop_postgres: stops it and removes the directory.
# pg_cluster_stop DIR / pg_cluster_start DIR PORT: stop and start again a cluster that
# start_postgres made in DIR (the PostgreSQL-restart test restarts one of its own).

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && echo "$d"
}

start_postgres() {
    if [ -z "$(pg_bin)" ]; then
        echo "installing PostgreSQL (Debian packages)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq postgresql >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } || return 1
    fi
    local bin
    bin=$(pg_bin)
    PG_DIR=$(mktemp -d /tmp/agora-pg.XXXXXX)
    chown postgres:postgres "$PG_DIR"
    chmod 700 "$PG_DIR"
    # A port given in PG_PORT (the restart test chooses one outside the ephemeral range), else
    # a free one.
    PG_PORT=${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
    local pw
    pw=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
    echo "$pw" >"$PG_DIR/pw"
    chown postgres "$PG_DIR/pw"
    runuser -u postgres -- "$bin/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
    pg_cluster_start "$PG_DIR" "$PG_PORT" || return 1
    export AGORA_TEST_POSTGRES_URL="postgres://postgres:$pw@127.0.0.1:$PG_PORT/postgres"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg_cluster_start() { # DIR PORT
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$1/data" -l "$1/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $2 -k $1 -c fsync=off -c max_connections=200" start >/dev/null || { cat "$1/server.log"; return 1; }
}

pg_cluster_stop() { # DIR
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null
}

stop_postgres() {
    [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ] || return 0
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
}
