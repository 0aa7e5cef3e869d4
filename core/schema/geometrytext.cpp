#include "schema/geometrytext.h"

#include "base/plural.h"
#include <QCoreApplication>
#include <QLocale>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace barge {

namespace {

// OGC geometry types; ISO WKB adds 1000 for Z, 2000 for M, 3000 for both.
enum Base : quint32 { Point = 1, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, Collection };
constexpr quint32 ewkbZ = 0x80000000, ewkbM = 0x40000000, ewkbSrid = 0x20000000;
constexpr int maxDepth = 32; // collections of collections: deeper than any real data, short of the stack

const char *const tags[] = {nullptr,        "POINT",        "LINESTRING",   "POLYGON",
                            "MULTIPOINT",   "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION"};

struct Dims
{
    bool z = false;
    bool m = false;
    int count() const { return 2 + int(z) + int(m); }
    quint32 isoOffset() const { return (z ? 1000 : 0) + (m ? 2000 : 0); }
    const char *suffix() const { return z && m ? " ZM" : z ? " Z" : m ? " M" : ""; }
};

// " EMPTY" after a tag, "EMPTY" as a member: "MULTIPOINT(EMPTY,(1 2))".
void appendEmpty(QString *out)
{
    out->append(out->endsWith(u'(') || out->endsWith(u',') || out->endsWith(u' ') ? QLatin1String("EMPTY")
                                                                                   : QLatin1String(" EMPTY"));
}

// WKB -> WKT, bounds-checked at every read.
class WkbReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::GeometryText)

public:
    WkbReader(QByteArrayView data, QString *why) : m_data(data), m_why(why) {}

    bool top(qint32 *srid, QString *out)
    {
        if (!geometry(0, 0, srid, out))
            return false;
        if (m_pos != m_data.size())
            return fail(pluralText(tr("has %1 byte(s) after its geometry", nullptr, pluralCount(m_data.size() - m_pos)),
                                          m_data.size() - m_pos)
                                   .arg(m_data.size() - m_pos));
        return true;
    }

private:
    bool fail(const QString &problem)
    {
        if (m_why && m_why->isEmpty())
            *m_why = problem;
        return false;
    }
    bool need(qsizetype bytes)
    {
        return m_data.size() - m_pos >= bytes
            || fail(tr("ends at byte %1 in the middle of a geometry").arg(m_data.size()));
    }
    bool u32(bool little, quint32 *value)
    {
        if (!need(4))
            return false;
        const uchar *p = reinterpret_cast<const uchar *>(m_data.data() + m_pos);
        *value = little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }
    bool f64(bool little, double *value)
    {
        if (!need(8))
            return false;
        const uchar *p = reinterpret_cast<const uchar *>(m_data.data() + m_pos);
        const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        std::memcpy(value, &bits, 8);
        m_pos += 8;
        return true;
    }
    // A count of things each at least `each` bytes long, refused when the rest cannot hold them.
    bool count(bool little, qsizetype each, quint32 *n)
    {
        if (!u32(little, n))
            return false;
        return qsizetype(*n) <= (m_data.size() - m_pos) / each
            || fail(tr("claims %1 parts in %2 bytes").arg(*n).arg(m_data.size() - m_pos));
    }

    // One geometry with its header. `expected` is the member type of a multi-geometry (0: any);
    // the members of a multi-geometry are written without their tag.
    bool geometry(quint32 expected, int depth, qint32 *srid, QString *out)
    {
        if (depth > maxDepth)
            return fail(tr("nests collections deeper than %1").arg(maxDepth));
        if (!need(1))
            return false;
        const char order = m_data.at(m_pos++);
        if (order != 0 && order != 1)
            return fail(tr("has byte order %1 at byte %2, not 0 or 1").arg(int(uchar(order))).arg(m_pos - 1));
        const bool little = order == 1;
        quint32 type = 0;
        if (!u32(little, &type))
            return false;
        Dims dims{(type & ewkbZ) != 0, (type & ewkbM) != 0};
        if (type & ewkbSrid) {
            quint32 value = 0;
            if (!u32(little, &value))
                return false;
            if (srid)
                *srid = qint32(value);
        }
        type &= 0x0fffffff;
        if (type >= 1000 && type < 4000) {
            dims.z = dims.z || (type / 1000) & 1;
            dims.m = dims.m || (type / 1000) & 2;
            type %= 1000;
        }
        if (type < Point || type > Collection)
            return fail(tr("has geometry type %1, which is none of OGC's seven").arg(type));
        if (expected != 0 && type != expected)
            return fail(tr("has a %1 inside a %2").arg(QLatin1String(tags[type]),
                                                                  QLatin1String(tags[expected + 3])));
        if (expected == 0) // PostGIS's spelling: "POINT(1 2)", "POINT Z (1 2 3)"
            out->append(QLatin1String(tags[type]) + QLatin1String(dims.suffix()) + QLatin1String(dims.z || dims.m ? " " : ""));
        return body(type, dims, little, depth, out);
    }

    bool coordinates(const Dims &dims, bool little, QString *out, bool *allNaN)
    {
        *allNaN = true;
        for (int i = 0; i < dims.count(); ++i) {
            double v = 0;
            if (!f64(little, &v))
                return false;
            if (i > 0)
                out->append(u' ');
            if (std::isnan(v)) {
                out->append(QLatin1String("NaN"));
                continue;
            }
            *allNaN = false;
            if (std::isinf(v))
                return fail(tr("has an infinite coordinate"));
            out->append(QString::number(v, 'g', QLocale::FloatingPointShortest));
        }
        return true;
    }

    bool points(const Dims &dims, bool little, QString *out)
    {
        quint32 n = 0;
        if (!count(little, 8 * dims.count(), &n))
            return false;
        if (n == 0) {
            appendEmpty(out);
            return true;
        }
        out->append(u'(');
        for (quint32 i = 0; i < n; ++i) {
            if (i > 0)
                out->append(u',');
            bool nan = false;
            if (!coordinates(dims, little, out, &nan))
                return false;
            if (nan)
                return fail(tr("has a point without coordinates inside a line or ring"));
        }
        out->append(u')');
        return true;
    }

    bool body(quint32 type, const Dims &dims, bool little, int depth, QString *out)
    {
        switch (type) {
        case Point: {
            QString coords;
            bool nan = false;
            if (!coordinates(dims, little, &coords, &nan))
                return false;
            if (nan) // PostGIS and MariaDB write POINT EMPTY as NaN coordinates
                appendEmpty(out);
            else
                out->append(u'(' + coords + u')');
            return true;
        }
        case LineString:
            return points(dims, little, out);
        case Polygon: {
            quint32 rings = 0;
            if (!count(little, 4, &rings))
                return false;
            if (rings == 0) {
                appendEmpty(out);
                return true;
            }
            out->append(u'(');
            for (quint32 i = 0; i < rings; ++i) {
                if (i > 0)
                    out->append(u',');
                if (!points(dims, little, out))
                    return false;
            }
            out->append(u')');
            return true;
        }
        default: {
            quint32 members = 0;
            if (!count(little, 5, &members))
                return false;
            if (members == 0) {
                appendEmpty(out);
                return true;
            }
            out->append(u'(');
            for (quint32 i = 0; i < members; ++i) {
                if (i > 0)
                    out->append(u',');
                // A multi-geometry's members are its single kind (tag left out); a collection's are any.
                if (!geometry(type == Collection ? 0 : type - 3, depth + 1, nullptr, out))
                    return false;
            }
            out->append(u')');
            return true;
        }
        }
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    QString *m_why;
};

// WKT -> little-endian ISO WKB.
class WktParser
{
    Q_DECLARE_TR_FUNCTIONS(barge::GeometryText)

public:
    WktParser(QStringView text, QString *why) : m_text(text), m_why(why) {}

    bool top(QByteArray *wkb, bool *hasZm)
    {
        if (!geometry(0, Dims(), false, 0))
            return false;
        space();
        if (m_pos != m_text.size())
            return fail(tr("has text after its geometry at character %1").arg(m_pos + 1));
        *wkb = m_out;
        *hasZm = m_hasZm;
        return true;
    }

private:
    bool fail(const QString &problem)
    {
        if (m_why && m_why->isEmpty())
            *m_why = problem;
        return false;
    }
    bool failHere(const QString &wanted)
    {
        return fail(tr("has %1 where %2 belongs (character %3)")
                        .arg(m_pos < m_text.size() ? QStringLiteral("'%1'").arg(m_text.at(m_pos)) : tr("its end"),
                             wanted)
                        .arg(m_pos + 1));
    }
    void space()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool peek(QChar c)
    {
        space();
        return m_pos < m_text.size() && m_text.at(m_pos) == c;
    }
    bool take(QChar c)
    {
        if (!peek(c))
            return failHere(QStringLiteral("'%1'").arg(c));
        ++m_pos;
        return true;
    }
    QString word()
    {
        space();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).isLetter())
            ++m_pos;
        return m_text.mid(start, m_pos - start).toString().toUpper();
    }
    void u32(quint32 value)
    {
        uchar bytes[4];
        qToLittleEndian(value, bytes);
        m_out.append(reinterpret_cast<const char *>(bytes), 4);
    }
    void f64(double value)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &value, 8);
        uchar bytes[8];
        qToLittleEndian(bits, bytes);
        m_out.append(reinterpret_cast<const char *>(bytes), 8);
    }
    // Patches a count written as 0 before the members were read.
    void patch(qsizetype at, quint32 value) { qToLittleEndian(value, reinterpret_cast<uchar *>(m_out.data() + at)); }

    bool number(double *value)
    {
        space();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (!(c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E'))
                break;
            ++m_pos;
        }
        bool ok = false;
        *value = QLocale::c().toDouble(m_text.mid(start, m_pos - start), &ok);
        if (!ok || !std::isfinite(*value)) {
            m_pos = start;
            return failHere(tr("a coordinate"));
        }
        return true;
    }
    // How many numbers the first coordinate after the current position has: dimensions left unsaid.
    int countFirstCoordinate() const
    {
        qsizetype i = m_pos;
        while (i < m_text.size() && (m_text.at(i) == u'(' || m_text.at(i).isSpace()))
            ++i;
        int numbers = 0;
        bool inNumber = false;
        for (; i < m_text.size() && m_text.at(i) != u',' && m_text.at(i) != u')'; ++i) {
            const bool part = !m_text.at(i).isSpace();
            if (part && !inNumber)
                ++numbers;
            inNumber = part;
        }
        return numbers;
    }

    bool coordinate(const Dims &dims)
    {
        for (int i = 0; i < dims.count(); ++i) {
            double v = 0;
            if (!number(&v))
                return false;
            f64(v);
        }
        return true;
    }
    bool pointList(const Dims &dims)
    {
        if (word() == QLatin1String("EMPTY")) {
            u32(0);
            return true;
        }
        if (!take(u'('))
            return false;
        const qsizetype at = m_out.size();
        u32(0);
        quint32 n = 0;
        do {
            if (!coordinate(dims))
                return false;
            ++n;
        } while (peek(u',') && ++m_pos);
        patch(at, n);
        return take(u')');
    }

    // One tagged geometry, or (member != 0) an untagged member of a multi-geometry.
    bool geometry(quint32 member, Dims dims, bool dimsGiven, int depth)
    {
        if (depth > maxDepth)
            return fail(tr("nests collections deeper than %1").arg(maxDepth));
        quint32 type = member;
        if (member == 0) {
            const QString tag = word();
            type = 0;
            for (quint32 t = Point; t <= Collection; ++t) {
                if (tag == QLatin1String(tags[t]) || tag == QLatin1String(tags[t]) + u'M') {
                    type = t;
                    dims = Dims();
                    dims.m = tag.endsWith(u'M') && tag != QLatin1String(tags[t]);
                    dimsGiven = dims.m;
                }
            }
            if (type == 0)
                return fail(tag.isEmpty() ? tr("does not start with a geometry type")
                                          : tr("has '%1', which is no geometry type").arg(tag));
            const qsizetype before = m_pos;
            const QString suffix = word();
            if (suffix == QLatin1String("Z") || suffix == QLatin1String("M") || suffix == QLatin1String("ZM")) {
                dims.z = suffix.contains(u'Z');
                dims.m = suffix.contains(u'M');
                dimsGiven = true;
            } else {
                m_pos = before;
            }
            if (!dimsGiven && type != Collection) {
                const int numbers = countFirstCoordinate();
                dims.z = numbers >= 3;
                dims.m = numbers == 4;
            }
            m_hasZm = m_hasZm || dims.z || dims.m;
        }
        m_out.append('\x01');
        u32(type + dims.isoOffset());
        space();
        const qsizetype before = m_pos;
        const bool empty = word() == QLatin1String("EMPTY");
        m_pos = empty ? m_pos : before;
        switch (type) {
        case Point:
            if (empty) {
                for (int i = 0; i < dims.count(); ++i)
                    f64(std::nan(""));
                return true;
            }
            return take(u'(') && coordinate(dims) && take(u')');
        case LineString:
            m_pos = before;
            return pointList(dims);
        default:
            break;
        }
        const qsizetype at = m_out.size();
        u32(0);
        if (empty)
            return true;
        if (!take(u'('))
            return false;
        quint32 n = 0;
        do {
            bool ok = false;
            if (type == Polygon)
                ok = pointList(dims);
            else if (type == MultiPoint && !peek(u'(')) // MULTIPOINT(1 2, 3 4)
                ok = (m_out.append('\x01'), u32(Point + dims.isoOffset()), coordinate(dims));
            else if (type == Collection)
                ok = geometry(0, dims, false, depth + 1);
            else
                ok = geometry(type - 3, dims, true, depth + 1);
            if (!ok)
                return false;
            ++n;
        } while (peek(u',') && ++m_pos);
        patch(at, n);
        return take(u')');
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QByteArray m_out;
    bool m_hasZm = false;
    QString *m_why;
};

QString withSrid(qint32 srid, const QString &wkt)
{
    return srid == 0 ? wkt : QStringLiteral("SRID=%1;").arg(srid) + wkt;
}

bool isHexWkb(QStringView text)
{
    if (text.size() < 10 || text.size() % 2 != 0 || !(text.startsWith(u"00") || text.startsWith(u"01")))
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// "SRID=4326;POINT(1 2)" -> 4326 and the WKT.
bool splitSrid(QStringView text, qint32 *srid, QStringView *wkt, QString *why)
{
    *srid = 0;
    *wkt = text.trimmed();
    if (!wkt->startsWith(u"SRID=", Qt::CaseInsensitive))
        return true;
    const qsizetype semicolon = wkt->indexOf(u';');
    bool ok = false;
    *srid = semicolon > 0 ? wkt->mid(5, semicolon - 5).toInt(&ok) : 0;
    if (!ok) {
        if (why)
            *why = QCoreApplication::translate("barge::GeometryText", "has an SRID= prefix without a number and ';'");
        return false;
    }
    *wkt = wkt->mid(semicolon + 1);
    return true;
}

} // namespace

bool GeometryText::fromWkb(QByteArrayView wkb, qint32 srid, QString *ewkt, QString *why)
{
    QString wkt;
    if (!WkbReader(wkb, why).top(&srid, &wkt))
        return false;
    *ewkt = withSrid(srid, wkt);
    return true;
}

bool GeometryText::fromMySql(QByteArrayView stored, QString *ewkt, QString *why)
{
    if (stored.size() < 4 + 5) {
        if (why)
            *why = pluralText(QCoreApplication::translate("barge::GeometryText", "is %1 byte(s), too short for a geometry",
                                                          nullptr, pluralCount(stored.size())),
                              stored.size())
                       .arg(stored.size());
        return false;
    }
    const qint32 srid = qFromLittleEndian<qint32>(reinterpret_cast<const uchar *>(stored.data()));
    return fromWkb(stored.sliced(4), srid, ewkt, why);
}

bool GeometryText::canonical(QStringView text, QString *ewkt, QString *why)
{
    const QStringView trimmed = text.trimmed();
    if (isHexWkb(trimmed))
        return fromWkb(QByteArray::fromHex(trimmed.toLatin1()), 0, ewkt, why);
    qint32 srid = 0;
    QStringView wkt;
    if (!splitSrid(trimmed, &srid, &wkt, why))
        return false;
    QByteArray wkb;
    bool hasZm = false;
    return WktParser(wkt, why).top(&wkb, &hasZm) && fromWkb(wkb, srid, ewkt, why);
}

bool GeometryText::toMySql(QStringView ewkt, QByteArray *stored, QString *why)
{
    qint32 srid = 0;
    QStringView wkt;
    if (!splitSrid(ewkt, &srid, &wkt, why))
        return false;
    QByteArray wkb;
    bool hasZm = false;
    if (!WktParser(wkt, why).top(&wkb, &hasZm))
        return false;
    if (hasZm) {
        if (why)
            *why = QCoreApplication::translate("barge::GeometryText",
                                               "has Z or M coordinates, which MariaDB's geometry cannot hold");
        return false;
    }
    stored->resize(4);
    qToLittleEndian(srid, reinterpret_cast<uchar *>(stored->data()));
    stored->append(wkb);
    return true;
}

} // namespace barge
