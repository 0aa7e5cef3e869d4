// Types that real schemas carry (issue #11), through the real servers: MariaDB's ENUM, SET, TIME past
// 24 hours, JSON, UUID and BIT; PostgreSQL's enums, domains, arrays, jsonb, uuid, interval, tsvector
// and bit strings. Each goes into the other engines with its mapping from docs/type-mapping.md, and
// a same-engine copy gives the same DDL back. Geometry goes into PostGIS (in a database of its own
// with the extension), into PostgreSQL without it and SQLite as extended WKT, and back, exactly.

#include "bargelauncher.h"
#include "sqlprobe.h"
#include "testservers.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace barge::test;

class TestTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mariaDbIntoPostgres();
    void mariaDbIntoSqlite();
    void postgresIntoMariaDb();
    void postgresIntoSqlite();
    void sqliteJsonAndUuidIntoPostgres();
    void mariaDbToMariaDbKeepsTheDdl();
    void postgresToPostgresKeepsTheDdl();
    void geometry();

private:
    using Result = BargeLauncher::Result;
    QString pg(const QString &schema) const
    {
        return QStringLiteral("postgresql://barge@127.0.0.1:%1/barge_test?schema=%2").arg(m_servers.pgPort).arg(schema);
    }
    QString maria() const { return QStringLiteral("mysql://barge@127.0.0.1:%1/barge_test").arg(m_servers.mysqlPort); }
    QString sqlite(const QString &name) const { return QStringLiteral("sqlite://") + m_dir.filePath(name); }
    // barge copy, expecting exit code `code`; the output for further checks.
    QString copy(const QStringList &arguments, int code = 0) const;
    // MariaDB's SHOW CREATE TABLE without the table's name and AUTO_INCREMENT counter.
    QString showCreate(const QString &table) const;
    // PostgreSQL's description of a table's columns: name, type, default, not null; one line each.
    QString pgColumns(const QString &schema, const QString &table) const;

    QTemporaryDir m_dir;
    TestServers m_servers;
    std::optional<BargeLauncher> m_barge;
    SqlProbe m_pg;
    SqlProbe m_my;
};

void TestTypes::initTestCase()
{
    const QString why = startCliTest(m_dir, &m_servers, &m_barge);
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    m_pg = SqlProbe::postgres(QStringLiteral("127.0.0.1"), m_servers.pgPort, m_servers.password);
    m_my = SqlProbe::mariadb(QStringLiteral("127.0.0.1"), m_servers.mysqlPort, m_servers.password);

    QCOMPARE(m_my.exec({
                 QStringLiteral("DROP TABLE IF EXISTS ty_film, ty_film_copy, ty_from_pg, ty_gen, ty_gen_copy"),
                 QStringLiteral("CREATE TABLE ty_gen (id INT PRIMARY KEY, price DECIMAL(6,2), with_tax DECIMAL(8,3) AS (price * 1.2) VIRTUAL)"),
                 QStringLiteral("INSERT INTO ty_gen (id, price) VALUES (1, 10.00), (2, NULL)"),
                 QStringLiteral("CREATE TABLE ty_film (\n"
                                "  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,\n"
                                "  rating ENUM('G','PG','PG-13','R','NC-17') DEFAULT 'G',\n"
                                "  features SET('Trailers','Commentaries','Deleted Scenes','Behind the Scenes'),\n"
                                "  length TIME,\n"
                                "  doc JSON,\n"
                                "  ident UUID,\n"
                                "  flags BIT(10),\n"
                                "  yr YEAR,\n"
                                "  ts TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,\n"
                                "  note TEXT COLLATE utf8mb4_unicode_ci,\n"
                                "  KEY idx_rating (rating),\n"
                                "  FULLTEXT KEY ft_note (note)\n"
                                ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"),
                 QStringLiteral("INSERT INTO ty_film (rating, features, length, doc, ident, flags, yr, ts, note) VALUES "
                                "('PG-13','Trailers,Deleted Scenes','838:59:59','{\"b\": 1, \"a\": [1, 2.50, \"x\"]}',"
                                "'123e4567-e89b-12d3-a456-426614174000',b'1000000001',2006,'2020-01-02 03:04:05','it''s'),"
                                "('G','','-01:30:00','[]',NULL,b'0',1901,'2021-05-06 07:08:09',NULL),"
                                "(NULL,NULL,NULL,NULL,NULL,NULL,NULL,'2022-01-01 00:00:00','x')"),
             }),
             QString());
    QCOMPARE(m_pg.exec({
                 QStringLiteral("DROP SCHEMA IF EXISTS ty_src CASCADE"),
                 QStringLiteral("DROP SCHEMA IF EXISTS ty_copy CASCADE"),
                 QStringLiteral("DROP SCHEMA IF EXISTS ty_from_my CASCADE"),
                 QStringLiteral("DROP SCHEMA IF EXISTS ty_from_lite CASCADE"),
                 QStringLiteral("CREATE SCHEMA ty_src"),
                 QStringLiteral("CREATE TYPE ty_src.mpaa_rating AS ENUM ('G','PG','PG-13','R','NC-17')"),
                 QStringLiteral("CREATE DOMAIN ty_src.year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155)"),
                 QStringLiteral("CREATE TABLE ty_src.film (\n"
                                "  film_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                                "  title text NOT NULL,\n"
                                "  release_year ty_src.year,\n"
                                "  rating ty_src.mpaa_rating DEFAULT 'G'::ty_src.mpaa_rating,\n"
                                "  special_features text[],\n"
                                "  scores numeric(5,2)[],\n"
                                "  fulltext tsvector,\n"
                                "  meta jsonb,\n"
                                "  ident uuid,\n"
                                "  dur interval,\n"
                                "  mask bit varying(16),\n"
                                "  price numeric(6,2) NOT NULL DEFAULT 4.99)"),
                 QStringLiteral("CREATE INDEX film_fulltext_idx ON ty_src.film USING gist (fulltext)"),
                 QStringLiteral("CREATE INDEX film_lower_title ON ty_src.film (lower(title)) WHERE price > 1"),
                 QStringLiteral("ALTER TABLE ty_src.film ADD CONSTRAINT film_title_key UNIQUE (title)"),
                 QStringLiteral("CREATE SEQUENCE ty_src.store_seq AS integer START WITH 10 INCREMENT BY 5"),
                 QStringLiteral("CREATE TABLE ty_src.store (store_id integer NOT NULL DEFAULT nextval('ty_src.store_seq'::regclass) PRIMARY KEY, "
                                "counter serial, opened date DEFAULT ('now'::text)::date, touched timestamptz DEFAULT now(), "
                                "price numeric(6,2), with_tax numeric GENERATED ALWAYS AS (price * 1.2) STORED)"),
                 QStringLiteral("INSERT INTO ty_src.store (price) VALUES (1.50), (NULL)"),
                 // citext is a trusted extension: the test's user may create it.
                 QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext SCHEMA public"),
                 QStringLiteral("CREATE TABLE ty_src.tagged (id int PRIMARY KEY, tag public.citext)"),
                 QStringLiteral("INSERT INTO ty_src.tagged VALUES (1, 'Mixed Case')"),
                 QStringLiteral("CREATE TABLE ty_src.measure (id int NOT NULL, at date NOT NULL, v int) PARTITION BY RANGE (at)"),
                 QStringLiteral("CREATE TABLE ty_src.measure_2020 PARTITION OF ty_src.measure FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')"),
                 QStringLiteral("CREATE TABLE ty_src.measure_2021 PARTITION OF ty_src.measure FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')"),
                 QStringLiteral("INSERT INTO ty_src.measure VALUES (1, '2020-05-01', 7), (2, '2021-05-01', 8), (3, '2021-06-01', 9)"),
                 QStringLiteral("INSERT INTO ty_src.film (title, release_year, rating, special_features, scores, fulltext, meta, "
                                "ident, dur, mask) VALUES "
                                "('ACADEMY DINOSAUR', 2006, 'PG', '{\"Deleted Scenes\",\"with \\\"quote\\\" and \\\\ backslash\"}', "
                                "'{{1.5,2.25},{3,NULL}}', to_tsvector('english', 'A epic drama of a feminist'), "
                                "'{\"b\": [1, 2.50], \"a\": {\"x\": null}}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', "
                                "'3 days 04:05:06.5', B'10101'),"
                                "('ACE GOLDFINGER', 2006, 'G', '{}', NULL, NULL, '\"just a string\"', NULL, '-838:59:59', B''),"
                                "('NULLS', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
                                "('A YEAR LONG', 2000, 'R', NULL, NULL, NULL, NULL, NULL, '1 year', NULL)"),
             }),
             QString());
}

QString TestTypes::copy(const QStringList &arguments, int code) const
{
    const Result result = m_barge->run(QStringList{QStringLiteral("copy")} + arguments);
    if (result.exitCode != code)
        qWarning("barge copy %s exited %d, expected %d:\n%s", qPrintable(arguments.join(u' ')), result.exitCode, code,
                 qPrintable(result.output));
    return result.exitCode == code ? result.output : QString();
}

QString TestTypes::showCreate(const QString &table) const
{
    QString ddl = m_my.rows(QStringLiteral("SHOW CREATE TABLE ") + table).value(0).value(1);
    ddl.replace(QRegularExpression(QStringLiteral(" AUTO_INCREMENT=[0-9]+")), QString());
    return ddl.replace(u'`' + table + u'`', QStringLiteral("`T`"));
}

QString TestTypes::pgColumns(const QString &schema, const QString &table) const
{
    QStringList lines;
    const QString sql = QStringLiteral(
        "SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), coalesce(pg_catalog.pg_get_expr(d.adbin, d.adrelid), ''), "
        "a.attnotnull, a.attidentity FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
        "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = '%1.%2'::regclass AND a.attnum > 0 "
        "AND NOT a.attisdropped ORDER BY a.attnum").arg(schema, table);
    for (const QStringList &row : m_pg.rows(sql))
        lines << row.join(u'|');
    return lines.join(u'\n');
}

void TestTypes::mariaDbIntoPostgres()
{
    const QString output = copy({maria(), pg(QStringLiteral("ty_from_my")), QStringLiteral("--table"),
                                 QStringLiteral("ty_film=film"), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 3 rows equal")), qPrintable(output));
    const QString types = m_pg.rows(QStringLiteral(
        "SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum) FROM pg_attribute "
        "WHERE attrelid = 'ty_from_my.film'::regclass AND attnum > 0")).value(0).value(0);
    QCOMPARE(types, QStringLiteral("id bigint, rating character varying(5), features text[], length interval, doc jsonb, "
                                   "ident uuid, flags bit(10), yr smallint, ts timestamp without time zone, note text"));
    QCOMPARE(m_pg.rows(QStringLiteral("SELECT length::text, features::text, doc->>'b', ident::text, flags::text FROM "
                                      "ty_from_my.film WHERE id = 1")).value(0),
             QStringList({"838:59:59", "{Trailers,\"Deleted Scenes\"}", "1", "123e4567-e89b-12d3-a456-426614174000",
                          "1000000001"}));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT length::text || ' ' || features::text FROM ty_from_my.film WHERE id = 2")),
             QStringLiteral("-01:30:00 {}"));
    // The ENUM is a CHECK of its labels.
    QVERIFY(m_pg.scalar(QStringLiteral("INSERT INTO ty_from_my.film (id, rating, ts) VALUES (9, 'X', now())"))
                .contains(QLatin1String("check")));
}

void TestTypes::geometry()
{
    QCOMPARE(m_my.exec({
                 QStringLiteral("DROP TABLE IF EXISTS ty_geo, ty_geo_back, ty_z"),
                 QStringLiteral("CREATE TABLE ty_geo (id INT PRIMARY KEY, g GEOMETRY NULL, p POINT NOT NULL, SPATIAL INDEX sp_p (p))"),
                 QStringLiteral("INSERT INTO ty_geo VALUES "
                                "(1, ST_GeomFromText('POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,2 1,2 2,1 1))', 4326), "
                                "ST_GeomFromText('POINT(0.1 -73.98765432109876)')), "
                                "(2, ST_GeomFromText('GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(1 2,3 4.5))'), ST_GeomFromText('POINT(1e300 2)')), "
                                "(3, NULL, ST_GeomFromText('POINT(3 4)', 3857)), "
                                "(4, ST_GeomFromText('MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))'), POINT(5, 6))"),
             }),
             QString());
    // PostGIS in a database of its own: barge_test has none, which other tests rely on.
    QCOMPARE(m_pg.exec({QStringLiteral("DROP DATABASE IF EXISTS ty_gis"), QStringLiteral("CREATE DATABASE ty_gis")}), QString());
    SqlProbe gis = m_pg;
    gis.database = QStringLiteral("ty_gis");
    QCOMPARE(gis.exec({QStringLiteral("CREATE EXTENSION postgis")}), QString());
    const QString gisUrl = QStringLiteral("postgresql://barge@127.0.0.1:%1/ty_gis").arg(m_servers.pgPort);
    const QList<QStringList> ewkt = {
        {"1", "SRID=4326;POLYGON((0 0,10 0,10 10,0 10,0 0),(1 1,2 1,2 2,1 1))", "POINT(0.1 -73.98765432109876)"},
        {"2", "GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(1 2,3 4.5))", "POINT(1e+300 2)"},
        {"3", "", "SRID=3857;POINT(3 4)"},
        {"4", "MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))", "POINT(5 6)"},
    };

    // Into PostGIS: geometry columns, every coordinate exact, the SPATIAL index as GiST.
    QString output = copy({maria(), gisUrl, QStringLiteral("--table"), QStringLiteral("ty_geo"), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 4 rows equal")), qPrintable(output));
    QCOMPARE(gis.rows(QStringLiteral("SELECT id, coalesce(ST_AsEWKT(g), ''), ST_AsEWKT(p) FROM ty_geo ORDER BY id")), ewkt);
    QCOMPARE(gis.scalar(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                                       "WHERE attrelid = 'ty_geo'::regclass AND attname = 'p'")),
             QStringLiteral("geometry"));
    QCOMPARE(gis.scalar(QStringLiteral("SELECT ST_Y(p)::text FROM ty_geo WHERE id = 1")), QStringLiteral("-73.98765432109876"));
    QVERIFY(gis.scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'ty_geo' AND indexname = 'sp_p'"))
                .contains(QLatin1String("USING gist (p)")));

    // Without PostGIS, and into SQLite: the same extended WKT as text, with a note.
    output = copy({maria(), pg(QStringLiteral("ty_from_my")), QStringLiteral("--table"), QStringLiteral("ty_geo"),
                   QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("column p is created text, not geometry: the target has no PostGIS")),
             qPrintable(output));
    QCOMPARE(m_pg.rows(QStringLiteral("SELECT id, coalesce(g, ''), p FROM ty_from_my.ty_geo ORDER BY id")), ewkt);
    output = copy({maria(), sqlite(QStringLiteral("geo.db")), QStringLiteral("--table"), QStringLiteral("ty_geo"),
                   QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 4 rows equal")), qPrintable(output));
    QCOMPARE(SqlProbe::sqlite(m_dir.filePath(QStringLiteral("geo.db")))
                 .rows(QStringLiteral("SELECT id, coalesce(g, ''), p FROM ty_geo ORDER BY id")),
             ewkt);

    // Back from PostGIS into MariaDB: the very bytes stored at first (SRID and WKB), the index SPATIAL.
    output = copy({gisUrl, maria(), QStringLiteral("--table"), QStringLiteral("ty_geo=ty_geo_back"), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 4 rows equal")), qPrintable(output));
    QCOMPARE(m_my.rows(QStringLiteral("SELECT id, hex(g), hex(p) FROM ty_geo_back ORDER BY id")),
             m_my.rows(QStringLiteral("SELECT id, hex(g), hex(p) FROM ty_geo ORDER BY id")));
    QCOMPARE(m_my.scalar(QStringLiteral("SELECT INDEX_TYPE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                                        "AND TABLE_NAME = 'ty_geo_back' AND COLUMN_NAME = 'p'")),
             QStringLiteral("SPATIAL"));

    // Z coordinates: PostGIS to PostGIS keeps the declared type; MariaDB has no room for them.
    QCOMPARE(gis.exec({QStringLiteral("CREATE TABLE ty_z (id int PRIMARY KEY, g geometry(PointZ, 4326), h geography)"),
                       QStringLiteral("INSERT INTO ty_z VALUES (1, 'SRID=4326;POINT(1 2 3)', 'POINT(5 6)'), (2, NULL, NULL)")}),
             QString());
    output = copy({gisUrl, gisUrl + QStringLiteral("?schema=ty_zcopy"), QStringLiteral("--table"), QStringLiteral("ty_z"),
                   QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 2 rows equal")), qPrintable(output));
    QCOMPARE(gis.rows(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                                     "'ty_zcopy.ty_z'::regclass AND attnum > 1 ORDER BY attnum")),
             QList<QStringList>({{"geometry(PointZ,4326)"}, {"geography"}}));
    QCOMPARE(gis.scalar(QStringLiteral("SELECT ST_AsEWKT(g) FROM ty_zcopy.ty_z WHERE id = 1")),
             QStringLiteral("SRID=4326;POINT(1 2 3)"));
    output = copy({gisUrl, maria(), QStringLiteral("--table"), QStringLiteral("ty_z"), QStringLiteral("--on-error"),
                   QStringLiteral("skip"), QStringLiteral("--rejects"), m_dir.path()},
                  3);
    QFile rejects(m_dir.filePath(QStringLiteral("ty_z.rejects.csv")));
    QVERIFY2(rejects.open(QIODevice::ReadOnly), qPrintable(output));
    const QByteArray rejected = rejects.readAll();
    QVERIFY2(rejected.contains("has Z or M coordinates, which MariaDB's geometry cannot hold"), rejected.constData());
    QCOMPARE(m_my.scalar(QStringLiteral("SELECT count(*) FROM ty_z")), QStringLiteral("1"));
}

void TestTypes::mariaDbIntoSqlite()
{
    const QString output = copy({maria(), sqlite(QStringLiteral("from_my.db")), QStringLiteral("--table"),
                                 QStringLiteral("ty_film=film"), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 3 rows equal")), qPrintable(output));
    const SqlProbe lite = SqlProbe::sqlite(m_dir.filePath(QStringLiteral("from_my.db")));
    QCOMPARE(lite.rows(QStringLiteral("SELECT rating, features, length, doc, ident, flags FROM film WHERE id = 1")).value(0),
             QStringList({"PG-13", "[\"Trailers\",\"Deleted Scenes\"]", "838:59:59", "{\"b\": 1, \"a\": [1, 2.50, \"x\"]}",
                          "123e4567-e89b-12d3-a456-426614174000", "1000000001"}));
    QVERIFY(lite.scalar(QStringLiteral("INSERT INTO film (id, rating, ts) VALUES (9, 'X', '2020-01-01')"))
                .startsWith(QLatin1String("ERROR: ")));
}

void TestTypes::postgresIntoMariaDb()
{
    // '1 year' has no length in hours: rejected with the reason, the rest written.
    const QString output = copy({pg(QStringLiteral("ty_src")), maria(), QStringLiteral("--table"),
                                 QStringLiteral("film=ty_from_pg"), QStringLiteral("--on-error"), QStringLiteral("skip"),
                                 QStringLiteral("--rejects"), m_dir.path()},
                                3);
    QVERIFY2(output.contains(QLatin1String("3 written, 1 rejected")), qPrintable(output));
    QFile rejects(m_dir.filePath(QStringLiteral("ty_from_pg.rejects.csv")));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString rejected = QString::fromUtf8(rejects.readAll());
    QVERIFY2(rejected.contains(QLatin1String("'1 year' has months or years")), qPrintable(rejected));
    const QString ddl = showCreate(QStringLiteral("ty_from_pg"));
    for (const char *column : {"`rating` enum('G','PG','PG-13','R','NC-17') DEFAULT 'G'", "`special_features` longtext", "CHECK (json_valid(`special_features`))",
                               "`meta` longtext", "`ident` uuid", "`dur` time(6)", "`mask` varchar(16)"})
        QVERIFY2(ddl.contains(QLatin1String(column)), qPrintable(column + QStringLiteral(" in ") + ddl));
    QCOMPARE(m_my.rows(QStringLiteral("SELECT special_features, scores, dur, mask, ident FROM ty_from_pg WHERE film_id = 1")).value(0),
             QStringList({"[\"Deleted Scenes\",\"with \\\"quote\\\" and \\\\ backslash\"]", "[[1.50,2.25],[3.00,null]]",
                          "76:05:06.500000", "10101", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"}));
    QCOMPARE(m_my.scalar(QStringLiteral("SELECT dur FROM ty_from_pg WHERE film_id = 2")), QStringLiteral("-838:59:59.000000"));
}

void TestTypes::postgresIntoSqlite()
{
    const QString output = copy({pg(QStringLiteral("ty_src")), sqlite(QStringLiteral("from_pg.db")), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 4 rows equal")), qPrintable(output));
    const SqlProbe lite = SqlProbe::sqlite(m_dir.filePath(QStringLiteral("from_pg.db")));
    QCOMPARE(lite.rows(QStringLiteral("SELECT rating, special_features, scores, dur, mask, meta FROM film WHERE film_id = 1")).value(0),
             QStringList({"PG", "[\"Deleted Scenes\",\"with \\\"quote\\\" and \\\\ backslash\"]", "[[1.50,2.25],[3.00,null]]",
                          "3 days 04:05:06.5", "10101", "{\"a\": {\"x\": null}, \"b\": [1, 2.50]}"}));
    QCOMPARE(lite.scalar(QStringLiteral("SELECT dur FROM film WHERE film_id = 4")), QStringLiteral("1 year"));
}

void TestTypes::sqliteJsonAndUuidIntoPostgres()
{
    const QString file = m_dir.filePath(QStringLiteral("typed.db"));
    const SqlProbe lite = SqlProbe::sqlite(file);
    QCOMPARE(lite.exec({QStringLiteral("CREATE TABLE doc (id INTEGER PRIMARY KEY, body JSON, ref UUID)"),
                        QStringLiteral("INSERT INTO doc VALUES (1, '{\"k\": [true, null]}', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'), "
                                       "(2, 'not json', NULL), (3, NULL, 'nope')")}),
             QString());
    const QString output = copy({sqlite(QStringLiteral("typed.db")), pg(QStringLiteral("ty_from_lite")), QStringLiteral("--on-error"),
                                 QStringLiteral("skip"), QStringLiteral("--rejects"), m_dir.path()},
                                3);
    QVERIFY2(output.contains(QLatin1String("1 written, 2 rejected")), qPrintable(output));
    QCOMPARE(m_pg.rows(QStringLiteral("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                                      "'ty_from_lite.doc'::regclass AND attnum > 1 ORDER BY attnum")),
             QList<QStringList>({{"jsonb"}, {"uuid"}}));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT ref::text FROM ty_from_lite.doc")), QStringLiteral("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"));
    QFile rejects(m_dir.filePath(QStringLiteral("doc.rejects.csv")));
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QString rejected = QString::fromUtf8(rejects.readAll());
    QVERIFY2(rejected.contains(QLatin1String("'not json' is not valid JSON")), qPrintable(rejected));
    QVERIFY2(rejected.contains(QLatin1String("'nope' is not a UUID")), qPrintable(rejected));
}

void TestTypes::mariaDbToMariaDbKeepsTheDdl()
{
    const QString output = copy({maria(), maria(), QStringLiteral("--table"), QStringLiteral("ty_film=ty_film_copy"),
                                 QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 3 rows equal")), qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("may lose information")), qPrintable(output));
    QCOMPARE(showCreate(QStringLiteral("ty_film_copy")), showCreate(QStringLiteral("ty_film")));
    QVERIFY(showCreate(QStringLiteral("ty_film_copy")).contains(QLatin1String("FULLTEXT KEY `ft_note` (`note`)")));
    // A generated column is made again, computing its values in the target (later changes too).
    const QString gen = copy({maria(), maria(), QStringLiteral("--table"), QStringLiteral("ty_gen=ty_gen_copy"), QStringLiteral("--verify")});
    QVERIFY2(gen.contains(QLatin1String("verified: 2 rows equal")) && !gen.contains(QLatin1String("is generated in the source")),
             qPrintable(gen));
    QCOMPARE(showCreate(QStringLiteral("ty_gen_copy")), showCreate(QStringLiteral("ty_gen")));
    QCOMPARE(m_my.exec({QStringLiteral("UPDATE ty_gen_copy SET price = 20 WHERE id = 1")}), QString());
    QCOMPARE(m_my.scalar(QStringLiteral("SELECT group_concat(coalesce(with_tax, 'NULL') ORDER BY id) FROM ty_gen_copy")),
             QStringLiteral("24.000,NULL"));
    // Into another engine it is a plain column holding the source's values, and the plan says so.
    const QString plain = copy({maria(), pg(QStringLiteral("ty_from_my")), QStringLiteral("--table"), QStringLiteral("ty_gen"),
                                QStringLiteral("--verify")});
    QVERIFY2(plain.contains(QLatin1String("ty_gen: column with_tax is generated in the source (AS `price` * 1.2)")), qPrintable(plain));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT string_agg(coalesce(with_tax::text, 'NULL'), ',' ORDER BY id) FROM ty_from_my.ty_gen")),
             QStringLiteral("12.000,NULL"));
}

void TestTypes::postgresToPostgresKeepsTheDdl()
{
    const QString output = copy({pg(QStringLiteral("ty_src")), pg(QStringLiteral("ty_copy")), QStringLiteral("--verify")});
    QVERIFY2(output.contains(QLatin1String("verified: 4 rows equal")), qPrintable(output));
    QString source = pgColumns(QStringLiteral("ty_src"), QStringLiteral("film"));
    QCOMPARE(pgColumns(QStringLiteral("ty_copy"), QStringLiteral("film")), source.replace(QLatin1String("ty_src."), QLatin1String("ty_copy.")));
    QString store = pgColumns(QStringLiteral("ty_src"), QStringLiteral("store"));
    // The generated column too: made again as generated, computed by the target.
    QCOMPARE(pgColumns(QStringLiteral("ty_copy"), QStringLiteral("store")), store.replace(QLatin1String("ty_src."), QLatin1String("ty_copy.")));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT attgenerated::text FROM pg_attribute WHERE attrelid = 'ty_copy.store'::regclass "
                                        "AND attname = 'with_tax'")),
             QStringLiteral("s"));
    QVERIFY2(!output.contains(QLatin1String("is generated in the source")), qPrintable(output));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT string_agg(with_tax::text, ',' ORDER BY store_id) FROM ty_copy.store")),
             QStringLiteral("1.800"));
    // Indexes (GiST, expression and partial ones too), constraints and sequences as in the source.
    const auto objects = [this](const QString &schema) {
        QStringList lines;
        for (const char *sql : {"SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE schemaname = '%1' ORDER BY 1",
                                "SELECT conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) "
                                "FROM pg_constraint WHERE connamespace = '%1'::regnamespace AND contype <> 'c' ORDER BY 1",
                                "SELECT sequencename || ': ' || data_type || ' ' || start_value || ' ' || increment_by || ' ' "
                                "|| max_value FROM pg_sequences WHERE schemaname = '%1' ORDER BY 1",
                                "SELECT coalesce(pg_get_serial_sequence('%1.store', 'counter'), 'not owned') || ' '"
                                "|| coalesce(pg_get_serial_sequence('%1.store', 'store_id'), 'not owned')"}) {
            for (const QStringList &row : m_pg.rows(QString::fromLatin1(sql).arg(schema)))
                lines << row.join(u'|').replace(schema, QStringLiteral("S"));
        }
        return lines.join(u'\n');
    };
    QCOMPARE(objects(QStringLiteral("ty_copy")), objects(QStringLiteral("ty_src")));
    QVERIFY(objects(QStringLiteral("ty_src")).contains(QLatin1String("USING gist (fulltext)")));
    // An extension's type is not assumed in the target: text, and the plan says so.
    QVERIFY2(output.contains(QLatin1String("tagged: column tag is created text, not citext: that type comes from an extension")),
             qPrintable(output));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT format_type(atttypid, atttypmod) || ' ' || (SELECT tag FROM ty_copy.tagged) "
                                        "FROM pg_attribute WHERE attrelid = 'ty_copy.tagged'::regclass AND attname = 'tag'")),
             QStringLiteral("text Mixed Case"));
    // A partitioned table is one table holding every partition's rows, copied once, and noted.
    QVERIFY2(output.contains(QLatin1String("measure: it is partitioned in the source (PARTITION BY RANGE (at))")), qPrintable(output));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT count(*) || ' ' || sum(v) FROM ty_copy.measure")), QStringLiteral("3 24"));
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'ty_copy' AND tablename LIKE 'measure_%'")),
             QStringLiteral("0"));
    // The sequence goes on after the loaded values.
    QCOMPARE(m_pg.scalar(QStringLiteral("INSERT INTO ty_copy.store (price) VALUES (2) RETURNING store_id")), QStringLiteral("20"));
    // The enum and the domain were made in the target schema, with their labels and check.
    QCOMPARE(m_pg.scalar(QStringLiteral("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum "
                                        "WHERE enumtypid = 'ty_copy.mpaa_rating'::regtype")),
             QStringLiteral("G,PG,PG-13,R,NC-17"));
    QVERIFY(m_pg.scalar(QStringLiteral("SELECT 1800::ty_copy.year")).contains(QLatin1String("year_check")));
}

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
