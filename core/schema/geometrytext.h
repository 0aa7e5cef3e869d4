#pragma once
// GeometryText: the text of a Geometry value (see ValueConverter), extended WKT: an optional
// "SRID=4326;" and then ISO WKT ("POINT(1 2)", "POLYGON Z ((...))", "GEOMETRYCOLLECTION EMPTY").
// Coordinates are written in their shortest round-trip form, so text -> bytes -> text is exact.
// Read from MariaDB's stored form (a 4-byte little-endian SRID, then WKB), from PostGIS's output
// (hex EWKB) and from WKT; written as MariaDB's form, or as text that PostGIS and people read.
// Hand-written rather than GEOS: the formats are small and fixed, and only 2-4 dimensional
// coordinates are copied, never computed with. Stateless.

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace barge {

class GeometryText
{
public:
    // MariaDB's GEOMETRY value -> EWKT. False (*why) when the bytes are not a geometry.
    static bool fromMySql(QByteArrayView stored, QString *ewkt, QString *why);
    // WKB, ISO (Z = +1000, M = +2000) or extended (PostGIS flags and SRID) -> EWKT; `srid` is used
    // when the bytes carry none.
    static bool fromWkb(QByteArrayView wkb, qint32 srid, QString *ewkt, QString *why);
    // Any accepted text: PostGIS's hex EWKB, or (E)WKT, dimensions given ("POINT Z (1 2 3)") or
    // counted ("POINT(1 2 3)"), any letter case and spacing -> its canonical EWKT.
    static bool canonical(QStringView text, QString *ewkt, QString *why);
    // EWKT -> MariaDB's stored form. False for Z or M coordinates, which MariaDB has no room for.
    static bool toMySql(QStringView ewkt, QByteArray *stored, QString *why);
};

} // namespace barge
