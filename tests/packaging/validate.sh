# The shipped desktop entry, AppStream metainfo and MIME type validate with the desktop's own tools.
source "$(dirname "$0")/common.sh"
require_tools desktop-file-validate appstreamcli update-mime-database

desktop=$PACKAGING_DIR/$APP_ID.desktop
metainfo=$PACKAGING_DIR/$APP_ID.metainfo.xml
mime=$PACKAGING_DIR/barge-profile.xml

# desktop-file-validate exits 0 on warnings; a clean file prints nothing.
warnings=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $warnings"
[[ -z $warnings ]] || fail "desktop-file-validate: $warnings"
echo "ok: desktop-file-validate $desktop"

appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"

# The MIME type registers and claims *.barge.json: build a scratch MIME database from it alone.
mkdir -p "$WORK/mime/packages"
cp "$mime" "$WORK/mime/packages/"
log=$(update-mime-database "$WORK/mime" 2>&1) || fail "update-mime-database rejected $mime: $log"
grep -q '^[0-9]*:application/x-barge-profile:\*\.barge\.json$' "$WORK/mime/globs2" \
  || fail "*.barge.json is not registered: $(cat "$WORK/mime/globs2")"
echo "ok: $mime registers application/x-barge-profile for *.barge.json"

# The three files name each other consistently.
grep -qx 'MimeType=application/x-barge-profile;' "$desktop" || fail "$desktop: MimeType"
grep -qx 'Exec=barge wizard %f' "$desktop" || fail "$desktop: Exec"
grep -qx 'Icon=barge' "$desktop" || fail "$desktop: Icon"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" \
  || fail "$metainfo: launchable is not $APP_ID.desktop"
grep -q '<mediatype>application/x-barge-profile</mediatype>' "$metainfo" || fail "$metainfo: mediatype"
echo "ok: desktop entry, metainfo and MIME type agree"
