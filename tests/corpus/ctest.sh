#!/usr/bin/env bash
# The CTest test `corpus` (tests/CMakeLists.txt): lays out the corpus (scripts/fetch-corpus.sh; a
# no-op when CORPUS_DIR is up to date, so it is fetched once per build directory), loads it into the
# db_servers fixture's servers (tests/corpus/load.sh) and runs every copy of tests/corpus/matrix.sh
# in a WORKDIR emptied first. Fails if fetching or loading fails, or if any copy fails; the last line
# is matrix.sh's "N passed, M failed".
#   tests/corpus/ctest.sh BARGE CORPUS_DIR WORKDIR     (servers: $BARGE_TEST_SERVERS_ENV, servers.sh's env)
set -euo pipefail

if (($# != 3)); then
  echo "usage: $0 BARGE CORPUS_DIR WORKDIR" >&2
  exit 2
fi
barge=$1 corpus=$2 work=$3
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
envfile=${BARGE_TEST_SERVERS_ENV:-}
[[ -n $envfile && -f $envfile ]] || { echo "corpus: no servers (BARGE_TEST_SERVERS_ENV='$envfile')" >&2; exit 1; }

echo "== fetch ($corpus)"
bash "$here/../../scripts/fetch-corpus.sh" "$corpus"
echo "== load"
bash "$here/load.sh" "$corpus" "$envfile"
echo "== copies ($work)"
rm -rf "$work"
exec bash "$here/matrix.sh" "$barge" "$corpus" "$envfile" "$work"
