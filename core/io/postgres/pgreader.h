#pragma once
// PgReader: streams one PostgreSQL table in primary-key order through libpq's single-row mode,
// never holding more than a batch, in one repeatable-read transaction
// that counts the table first: rows written meanwhile are not read. The schema is read first, on a
// separate connection: any other statement on the streaming connection would end the stream
// silently (docs/architecture.md). Values arrive as PostgreSQL's canonical text (UTC, ISO) and become the
// forms ValueConverter documents; values Barge cannot carry exactly (BC dates, infinity, NaN
// decimals) reject their row with the reason.

#include "io/postgres/pgconnection.h"
#include "io/rowreader.h"

#include <QCoreApplication>
#include <memory>

namespace barge {

class PgReader : public RowReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::PgReader)

public:
    PgReader(const Endpoint &endpoint, const QString &table);
    ~PgReader() override;

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    bool restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer) override;
    bool restrictToWatermark(const Watermark &watermark, const QString &low) override;
    bool restrictToRange(const QString &column, const KeyRange &range) override;

    // How a column's text is read (public for the helpers in the .cpp).
    enum class ValueKind { Integer, Boolean, Decimal, Real, Real4, Text, Binary, Temporal, TemporalTz };

private:
    bool beginSnapshot(QString *error);
    QString selectStatement() const;
    static bool isRow(const PgResult &result);
    bool endStream(const PgResult &last, QString *error);
    // Converts one row; false (with *why) when a value has no exact Barge form.
    bool convertRow(const PgResult &result, Row *row, qint64 *bytes, QString *why) const;

    Endpoint m_endpoint;
    QString m_table;
    TableSchema m_schema;
    QList<ValueKind> m_kinds;
    PgConnection m_conn;
    PgResult m_next;          // the first row (or end), read by open()
    bool m_streaming = false; // the SELECT's results are still coming
    QString m_positionFormat;
    QString m_where; // restrictToKeys, restrictToWatermark, restrictToRange: conditions joined by AND
    bool m_pageRange = false; // restrictToRange(KeyRange::pages()): a keyless table reads in ctid order
    SourceSnapshot m_snapshot;
    qint64 m_row = 0;
    bool m_done = false;
    QString m_error;
};

} // namespace barge
