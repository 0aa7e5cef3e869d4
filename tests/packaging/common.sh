# Shared by the packaging tests (sourced, not run). CTest sets BARGE_SOURCE_DIR, BARGE_BUILD_DIR,
# BARGE_VERSION, CMAKE and CPACK (tests/packaging/CMakeLists.txt).
set -euo pipefail

: "${BARGE_SOURCE_DIR:?}" "${BARGE_BUILD_DIR:?}" "${BARGE_VERSION:?}"
APP_ID=io.barge.Barge
ICON_SIZES=(16 22 24 32 48 64 128 256)
PACKAGING_DIR=$BARGE_SOURCE_DIR/packaging

WORK=$(mktemp -d "${TMPDIR:-/tmp}/barge-packaging.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# A missing tool is a failure, not a skip: the tools are part of the project's dependencies.
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "'$tool' not found: run scripts/install-deps.sh"
  done
}

expect_file() {
  [[ -f $1 ]] || fail "missing $1"
}

expect_png() { # FILE SIZE
  expect_file "$1"
  file -b "$1" | grep -q "^PNG image data, $2 x $2," || fail "$1 is not a $2x$2 PNG: $(file -b "$1")"
}

# Everything a desktop looks for under PREFIX (a staging prefix, or / + usr for an installed package).
expect_installed_tree() { # PREFIX
  local prefix=$1 hicolor=$1/share/icons/hicolor size
  [[ -x $prefix/bin/barge ]] || fail "missing executable $prefix/bin/barge"
  expect_file "$prefix/share/applications/$APP_ID.desktop"
  expect_file "$prefix/share/metainfo/$APP_ID.metainfo.xml"
  expect_file "$prefix/share/mime/packages/barge-profile.xml"
  expect_file "$hicolor/scalable/apps/barge.svg"
  expect_file "$hicolor/scalable/mimetypes/application-x-barge-profile.svg"
  for size in "${ICON_SIZES[@]}"; do
    expect_png "$hicolor/${size}x${size}/apps/barge.png" "$size"
  done
}

# The desktop's databases under PREFIX (built by dpkg triggers, or by hand for a staging prefix) know
# *.barge.json as application/x-barge-profile and open it with Barge's desktop entry.
expect_profile_association() { # PREFIX
  local globs=$1/share/mime/globs2 cache=$1/share/applications/mimeinfo.cache
  grep -q '^[0-9]*:application/x-barge-profile:\*\.barge\.json$' "$globs" \
    || fail "$globs does not map *.barge.json to application/x-barge-profile"
  grep -q "^application/x-barge-profile=.*$APP_ID\.desktop;" "$cache" \
    || fail "$cache does not open application/x-barge-profile with $APP_ID.desktop"
  echo "ok: *.barge.json opens with $APP_ID.desktop"
}

# The installed program works on its own: version, then the demo database copied to CSV files.
smoke_test() { # BARGE_EXECUTABLE
  local barge=$1 dir table
  dir=$(mktemp -d "$WORK/smoke.XXXXXX")
  local version
  version=$("$barge" --version) || fail "$barge --version exited $?"
  [[ $version == "barge $BARGE_VERSION" ]] || fail "$barge --version printed '$version'"
  (cd "$dir" && "$barge" demo shop.db >/dev/null) || fail "$barge demo failed"
  (cd "$dir" && "$barge" copy sqlite:shop.db csv:out/ --quiet) || fail "$barge copy exited $?"
  for table in customers products orders order_items; do
    expect_file "$dir/out/$table.csv"
    (($(wc -l <"$dir/out/$table.csv") > 1)) || fail "$dir/out/$table.csv has no rows"
  done
  echo "ok: $barge --version, demo and copy to CSV"
}
