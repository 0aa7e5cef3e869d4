#pragma once
// RejectSink: writes one table's rejected rows to <rejects dir>/<target table>.rejects.csv: the
// source columns, then _error (the reason) and _origin (file and line, or table and row).
// The file is created at the first reject. Used by one thread.

#include "io/row.h"

#include <QFile>
#include <QStringList>
#include <memory>

namespace barge {

class CsvWriter;

class RejectSink
{
public:
    RejectSink(const QString &folder, const QString &targetTable, const QStringList &sourceColumns);
    ~RejectSink();

    // False when the file cannot be written (then *error says why: the row would be lost).
    bool add(const Row &values, const QString &reason, const QString &origin, QString *error);
    bool flush(QString *error);
    QString fileName() const { return m_file.fileName(); }
    bool isUsed() const { return m_writer != nullptr; }

private:
    QStringList m_columns;
    QFile m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace barge
