#!/bin/sh
# Keep the newest 14 nightly dumps in the backup directory.
set -eu

BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
KEEP="${KEEP:-14}"

cd "$BACKUP_DIR"
count=$(ls -1 nightly-*.sql.gz 2>/dev/null | wc -l)
if [ "$count" -le "$KEEP" ]; then
    echo "nothing to rotate ($count dumps)"
    exit 0
fi

ls -1t nightly-*.sql.gz | tail -n +"$((KEEP + 1))" | while read -r f; do
    echo "removing old dump $f"
    rm -f -- "$f"
done
