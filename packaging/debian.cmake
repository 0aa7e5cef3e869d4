# CPack settings for the Debian package. Build it with
#   cpack -G DEB --config build/CPackConfig.cmake
# dpkg-shlibdeps finds the libraries barge links (Qt Core/Gui/Widgets, sqlite3, libc...). It cannot
# see plugins Qt loads at run time, so those packages are named here by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME barge)
set(CPACK_PACKAGE_VENDOR "The Barge developers")
set(CPACK_PACKAGE_CONTACT "Barge maintainers <maintainers@barge.io>" CACHE STRING
    "Maintainer field of the .deb")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian wants them; CPack indents them for the control file.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Barge moves table data from one place to another without writing code: an old"
    "SQLite file or a CSV export into a new database, one schema into the next. A"
    "wizard shows exactly what will be written before anything is; a migration saved"
    "as a profile runs again from the wizard or headless with 'barge run'.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME barge)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt SQL driver plugins: SQLite's is required so that every install has a working driver (the SQLite
# backend itself links libsqlite3, which shlibdeps finds); the server ones serve the PostgreSQL and
# MariaDB/MySQL backends. libqt6svg6 holds the plugins that draw the wizard's icons, all SVG.
# The PostgreSQL and MariaDB backends open their connections through these Qt SQL drivers.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6sql6-mysql, libqt6svg6")
# QtKeychain (found by shlibdeps) loads libsecret at run time to reach the system keychain.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libsecret-1-0")

# `cmake --build build --target package_source`: the sources without build trees or VCS data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/bench/data/" "/bench/work/")

include(CPack)
