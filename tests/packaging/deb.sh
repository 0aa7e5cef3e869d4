# CPack builds a .deb with the right metadata, dependencies and files, and the packaged barge runs.
# In CI (CI=true) as root it installs the package for real and removes it afterwards; elsewhere it
# unpacks the package into a scratch folder.
source "$(dirname "$0")/common.sh"
require_tools "${CPACK:?}" dpkg-deb dpkg-shlibdeps file

"$CPACK" -G DEB --config "$BARGE_BUILD_DIR/CPackConfig.cmake" -B "$WORK/cpack" >"$WORK/cpack.log" \
  || { cat "$WORK/cpack.log"; fail "cpack -G DEB"; }
debs=("$WORK"/cpack/barge_"$BARGE_VERSION"-1_*.deb)
[[ -f ${debs[0]} ]] || fail "no barge_$BARGE_VERSION-1_*.deb in $(ls "$WORK/cpack")"
deb=${debs[0]}
dpkg-deb --info "$deb"

field() { dpkg-deb --field "$deb" "$1"; }
# PACKAGE is in LIST (a Depends/Recommends value), as a whole package name.
lists_package() { [[ ", $1," =~ ,\ $2[\ ,] ]]; }

[[ $(field Package) == barge ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$BARGE_VERSION-1" ]] || fail "Version: $(field Version)"
[[ $(field Section) == database ]] || fail "Section: $(field Section)"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ $(field Description | wc -l) -gt 1 ]] || fail "Description has no long text"

depends=$(field Depends)
# By hand: plugins Qt loads at run time. From dpkg-shlibdeps: the libraries barge links.
for package in libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql libqt6svg6 libqt6core6 libqt6gui6 \
  libqt6widgets6 libsqlite3-0 libpq5 libmariadb3 libc6; do
  lists_package "$depends" "$package" || fail "Depends lacks $package: $depends"
done
echo "ok: Depends"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/barge ./usr/share/applications/$APP_ID.desktop \
            ./usr/share/metainfo/$APP_ID.metainfo.xml ./usr/share/mime/packages/barge-profile.xml \
            ./usr/share/icons/hicolor/scalable/apps/barge.svg \
            ./usr/share/icons/hicolor/48x48/apps/barge.png; do
  grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
outside=$(grep -v '^\./usr/' <<<"$contents" | grep -vx '\./' || true)
[[ -z $outside ]] || fail "files outside /usr: $outside"
echo "ok: package contents"

if [[ ${CI:-} == true && $(id -u) -eq 0 ]]; then
  if dpkg-query -W -f='${Status}' barge 2>/dev/null | grep -q 'install ok installed'; then
    fail "a barge package is already installed on this machine; remove it first (dpkg --purge barge)"
  fi
  trap 'dpkg --purge barge >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
  dpkg -i "$deb" || fail "dpkg -i $deb"
  expect_installed_tree /usr
  expect_profile_association /usr
  smoke_test /usr/bin/barge
else
  dpkg-deb -x "$deb" "$WORK/root"
  expect_installed_tree "$WORK/root/usr"
  smoke_test "$WORK/root/usr/bin/barge"
fi
