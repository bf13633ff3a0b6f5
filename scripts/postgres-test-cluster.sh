#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (the xunit fixture PostgresCluster calls it; runnable by hand).
#   scripts/postgres-test-cluster.sh start <empty folder> <port>   initdb + pg_ctl start on 127.0.0.1:<port>, trust auth
#   scripts/postgres-test-cluster.sh stop <folder>                 pg_ctl stop (fast), leaves the folder to the caller
# PostgreSQL 15 (or the newest installed) is taken from /usr/lib/postgresql/*/bin or the PATH; when there is none
# it is installed from the Debian packages (apt-get install postgresql, as root). initdb refuses to run as root,
# so as root the cluster runs as the user "nobody", who is given the folder (its parent must be reachable by
# nobody, e.g. under /tmp).
set -euo pipefail

command=${1:?start or stop}
folder=${2:?a folder for the cluster}

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this user cannot install it: apt-get install postgresql as root" >&2
    exit 2
  fi
  echo "PostgreSQL not found; installing it from the Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  bin=$(find_bin)
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  start)
    port=${3:?a port}
    mkdir -p "$folder"
    [ "$(id -u)" -eq 0 ] && chown nobody "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
      || { cat "$folder/initdb.log" >&2; exit 1; }
    # fsync off: a test cluster is thrown away, so durability only costs time.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >&2 \
      || { cat "$folder/server.log" >&2; exit 1; }
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    ;;
  stop)
    if [ -f "$folder/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
    fi
    ;;
  *)
    echo "unknown command $command (start or stop)" >&2
    exit 2
    ;;
esac
