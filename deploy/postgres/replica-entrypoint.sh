#!/bin/sh
# The streaming replica: on first start, copies the primary with pg_basebackup -R (which writes
# standby.signal and primary_conninfo), then runs as a hot standby. Later starts reuse the copy.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "replica: copying the primary (pg_basebackup)"
  until pg_isready -h db-primary -p 5432 -q; do sleep 1; done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup -h db-primary -p 5432 -U replicator -D "$PGDATA" -R -X stream --checkpoint=fast
fi
exec gosu postgres postgres -D "$PGDATA" -c hot_standby=on -c hot_standby_feedback=on
