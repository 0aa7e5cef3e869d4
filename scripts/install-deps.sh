#!/usr/bin/env bash
# Installs (Debian 12) what Barge needs to build, run and test. Safe to run again: it installs only
# what is missing. Usage: scripts/install-deps.sh [--bench|--flake]
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libgl-dev
  libsqlite3-dev sqlite3 xz-utils
  # JSON Lines (core/io/jsonl): simdjson's On-Demand parser.
  libsimdjson-dev
  # Excel workbooks (core/io/xlsx): libzip to open them, expat to stream a sheet's XML,
  # libxlsxwriter to write them.
  libzip-dev zlib1g-dev libexpat1-dev libxlsxwriter-dev
  # Access databases (core/io/access): mdbtools' libmdb.
  mdbtools-dev
  # Code pages and charset detection for text sources (core/io/codepage, encodingdetector): ICU.
  libicu-dev
  xvfb xauth
  # tests/e2e/keyboard_demo.sh: the real wizard in its own Xvfb, driven by keyboard with xdotool;
  # python3 (standard library) checks the copy and turns the screen into a PNG.
  xdotool python3
  librsvg2-bin desktop-file-utils appstream shared-mime-info dpkg-dev file
  # Server binaries only: tests start throwaway servers (scripts/servers.sh) on their own ports and
  # sockets, so a system-wide service that Debian may start (5432, 3306) is neither used nor in the way.
  postgresql-15 postgresql-client-15 mariadb-server mariadb-client libqt6sql6-psql libqt6sql6-mysql libpq-dev libmariadb-dev
  # PostGIS: geometry into PostgreSQL becomes PostGIS's geometry where a database has the extension
  # (tst_types creates it in a database of its own).
  postgresql-15-postgis-3
  # openssl: servers.sh makes a throwaway CA and server certificate so the tests check TLS.
  openssl
  # The system keychain: QtKeychain (it loads libsecret at run time); the keychain tests run their
  # own D-Bus session (dbus-run-session) with gnome-keyring as the Secret Service.
  qtkeychain-qt6-dev libsecret-1-0 dbus gnome-keyring
  # scripts/fuzz.sh: clang with libFuzzer and its sanitizer runtimes (libclang-rt-14-dev), and
  # llvm-symbolizer (llvm-14) for readable reports. The gcc sanitizer build needs only g++.
  clang-14 libclang-rt-14-dev llvm-14
  # The corpus test (tests/corpus, scripts/fetch-corpus.sh): npm fetches the pinned alasql tarball,
  # node rebuilds two CSV dumps as INSERTs, unzip opens its archives, `apt-get download` + dpkg-deb
  # take two files out of Debian packages; sqlite3, pg_restore/pg_dump (postgresql-client-15) and
  # the mariadb client are above. npm is left out when an npm is already on PATH: NodeSource's
  # nodejs bundles it and conflicts with Debian's npm package.
  unzip
  # tst_fixed: GnuCOBOL's compiler writes a record file from a COBOL program (an encoder that is not
  # ours), and its SQLCA copybook is a public one to read.
  gnucobol3
)
command -v npm >/dev/null || packages+=(npm)
if [[ "${1:-}" == "--bench" ]]; then
  # python3-openpyxl: bench/run-xlsx.sh writes its workbook with it and times its read-only mode
  # (Debian's python3, /usr/bin/python3, which the script names).
  packages+=(time bc python3 pgloader python3-openpyxl)
fi
if [[ "${1:-}" == "--flake" ]]; then # scripts/flake-hunt.sh --load
  packages+=(stress-ng)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
