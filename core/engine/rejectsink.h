#pragma once
// RejectSink: writes one table's rejected rows to <rejects dir>/<target table>.rejects.csv: the
// source columns, then _error (the reason) and _origin (file and line, or table and row).
// The file is created at the first reject. Used by one thread.

#include "schema/row.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <memory>

namespace barge {

class CsvWriter;

class RejectSink
{
    Q_DECLARE_TR_FUNCTIONS(barge::RejectSink)

public:
    // `part` >= 0: one key range's part of a table loaded in ranges (RangeSplit), a file of its own
    // with no header, until mergeParts makes the table's one file of them.
    RejectSink(const QString &folder, const QString &targetTable, const QStringList &sourceColumns, int part = -1);
    // A resumed table: the file keeps its first `bytes` (the rejects of the committed part, as the
    // LoadMark recorded them) and the rows rejected from now on follow them; what the earlier run
    // wrote after its last commit is cut off, since those rows are read and judged again. With 0,
    // a file the earlier run left is removed.
    bool resumeAfter(qint64 bytes, QString *error);
    // Bytes in the file so far, after flush(): what a LoadMark records.
    qint64 size() const;
    ~RejectSink();

    // False when the file cannot be written (then *error says why: the row would be lost).
    bool add(const Row &values, const QString &reason, const QString &origin, QString *error);
    bool flush(QString *error);
    QString fileName() const { return m_file.fileName(); }
    bool isUsed() const { return m_writer != nullptr; }

    // The table's rejects file made of its `parts` range parts, in range order, under one header;
    // the parts are removed unless `keepParts` (a table not finished: a resume carries each part on
    // from its range's mark, and merges again). *merged: the file, empty when no part held a row (a
    // file made by an earlier attempt, whose parts are gone, is kept and named). False with *error
    // when it cannot be written (the parts then stay).
    // Where the rejects of `targetTable`'s key range `part` go in `folder` while it loads (-1: the
    // table's own file, where they are merged).
    static QString partFileName(const QString &folder, const QString &targetTable, int part);
    static bool mergeParts(const QString &folder, const QString &targetTable, const QStringList &sourceColumns, int parts,
                           bool keepParts, QString *merged, QString *error);

private:
    bool open(QString *error);

    QStringList m_columns;
    QFile m_file;
    qint64 m_resumeBytes = 0;
    bool m_part = false;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace barge
