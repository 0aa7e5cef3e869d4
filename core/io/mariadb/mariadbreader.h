#pragma once
// MariaDbReader: reads one MariaDB/MySQL table in pages, because the client library buffers a whole
// result in memory (docs/architecture.md): `... ORDER BY key LIMIT n`, then `WHERE key > last ORDER BY key
// LIMIT n`, on the primary key or else a unique key of NOT NULL columns. All pages come from one
// consistent snapshot (REPEATABLE READ), so rows added or changed meanwhile cannot be read twice or
// missed. Values are decoded from the server's exact text into ValueConverter's forms; a zero date
// ('0000-00-00') rejects its row. Thread bound, like every RowReader.

#include "io/mariadb/mariadbconnection.h"
#include "io/rowreader.h"

#include <QCoreApplication>
#include <QList>

namespace barge {

class MariaDbReader : public RowReader
{
    Q_DECLARE_TR_FUNCTIONS(barge::MariaDbReader)

public:
    // Pages hold at most this many rows, and about pageBytes of values: rows per page follow the
    // size of the rows read so far (the first page is small, to learn it), so wide rows (blobs)
    // keep memory bounded too. Reading 1M rows x 6 columns (72 MB, 2 cores, server on the same
    // machine) took 2.39 s / 2.42 s / 2.46 s / 2.49 s (median of 3) with pages of 5000 / 10000 /
    // 20000 / 50000 rows, at 17.6 / 19.2 / 22.7 / 32.3 MB peak memory: size hardly matters to speed.
    static constexpr int defaultPageRows = 10000;
    static constexpr qint64 pageBytes = 8 << 20;
    static constexpr int firstPageRows = 10;

    MariaDbReader(const Endpoint &endpoint, const QString &table);

    bool open(QString *error) override;
    TableSchema schema() const override { return m_schema; }
    bool read(RowBatch &batch, int maxRows) override;
    QString error() const override { return m_error; }
    SourceSnapshot snapshot() const override { return m_snapshot; }
    bool restrictToKeys(const QStringList &columns, const QList<QStringList> &keys, bool integer) override;
    bool restrictToWatermark(const Watermark &watermark, const QString &low) override;
    bool restrictToRange(const QString &column, const KeyRange &range) override;

    // Before open(): the most rows a page holds (tests, measurements).
    void setPageRows(int rows) { m_maxPageRows = qMax(1, rows); }
    // The columns pages are cut by; empty when the table has no usable key (LIMIT/OFFSET pages).
    QStringList pagingKey() const;
    int pagesRead() const { return m_pages; }
    qint64 largestPage() const { return m_largestPage; } // rows

private:
    enum class Decode { Boolean, Bit, Integer, Real, Exact, Text, Binary, Date, Time };
    struct Column
    {
        Decode decode = Decode::Text;
        bool keyQuoted = true; // as a key value: a quoted string (else a bare number or X'..')
    };

    QList<int> chooseKey() const;
    void chooseDecoders();
    QString pageQuery() const;
    bool fetchPage();
    void rememberKey();
    bool decodeRow(RowBatch &batch);
    QVariant decode(int column, QString *why) const;

    Endpoint m_endpoint;
    QString m_table;
    MariaDbConnection m_db;
    TableSchema m_schema;
    QList<Column> m_columns;
    QList<int> m_key;            // column indexes of the paging key, in key order
    QList<QString> m_lastKey;    // SQL literals of the last row read, per key column
    QString m_select;            // SELECT ... FROM t
    QString m_where; // restrictToKeys, restrictToWatermark, restrictToRange: conditions joined by AND
    MariaDbResult m_page;
    int m_maxPageRows = defaultPageRows;
    int m_pageRows = 0;          // rows asked for by the current page
    qint64 m_largestPage = 0;
    qint64 m_pageSeen = 0;       // rows of the current page handed out
    qint64 m_pageBytesSeen = 0;  // their values' bytes
    qint64 m_offset = 0;         // LIMIT/OFFSET paging: rows before the current page
    int m_pages = 0;
    bool m_lastPage = false;
    bool m_done = false;
    qint64 m_row = 0;
    QString m_positionFormat;
    SourceSnapshot m_snapshot;
    QString m_error;
};

} // namespace barge
