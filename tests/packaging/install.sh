# `cmake --install` into a staging prefix lays out the files where a desktop looks for them, and the
# staged barge runs without the build tree.
source "$(dirname "$0")/common.sh"
require_tools "${CMAKE:?}" file readelf update-mime-database update-desktop-database

stage=$WORK/stage
"$CMAKE" --install "$BARGE_BUILD_DIR" --prefix "$stage" >"$WORK/install.log" \
  || { cat "$WORK/install.log"; fail "cmake --install $BARGE_BUILD_DIR --prefix $stage"; }

expect_installed_tree "$stage"
echo "ok: $(find "$stage" -type f | wc -l) files staged where expected"

# What the packages' triggers do on a real install, done by hand on the staging prefix.
log=$(update-mime-database "$stage/share/mime" 2>&1) || fail "update-mime-database: $log"
update-desktop-database "$stage/share/applications" || fail "update-desktop-database"
expect_profile_association "$stage"

if readelf -d "$stage/bin/barge" | grep -E 'RPATH|RUNPATH' | grep -qF "$BARGE_BUILD_DIR"; then
  fail "the installed barge still points into the build tree: $(readelf -d "$stage/bin/barge" | grep PATH)"
fi
smoke_test "$stage/bin/barge"
