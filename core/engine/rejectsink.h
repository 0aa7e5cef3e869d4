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
    RejectSink(const QString &folder, const QString &targetTable, const QStringList &sourceColumns);
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

private:
    bool open(QString *error);

    QStringList m_columns;
    QFile m_file;
    qint64 m_resumeBytes = 0;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace barge
