#pragma once
// JsonlSpill: the records of a JSON Lines or JSON file as the scan read them (JsonlIntrospector::
// layoutOf), kept in temporary files (SpillFile) so that the copy takes them instead of parsing the
// file a second time. A file the scan read in parts on several threads has a spill per part, each
// with its own column numbers and line numbers, which the spill maps to the whole file's. A record
// that made the layout is kept as its values (column, kind, text); one that did not (it does not
// parse, or does not fit) as its bytes, which the copy parses again to reject it with its reason.

#include "io/jsonl/jsonllineparser.h"
#include "io/spillfile.h"

#include <QList>

#include <memory>

namespace barge {

struct JsonlSpilledRecord
{
    qint64 number = 0;        // the line (or element) number in the whole file
    bool parsed = false;      // values and columns hold it; else bytes and problem
    QList<JsonlValue> values; // their paths are left empty: columns say where each goes
    QList<int> columns;       // each value's column in the whole file's layout
    QByteArray bytes;         // a record that did not make the layout, as read
    QString problem;          // why it could not even be parsed (too long), else empty
};

class JsonlSpill
{
public:
    // One part's spill, written by the thread that scans the part.
    class Writer
    {
    public:
        // False when no temporary file can be made (then nothing is kept).
        bool open() { return m_file->open("barge-json"); }
        // A record that made the layout, `columns` being its values' columns in the part's layout.
        void addParsed(qint64 number, const QList<JsonlValue> &values, const QList<int> &columns);
        void addUnparsed(qint64 number, QByteArrayView bytes, const QString &problem);
        bool finish() { return m_file->finish(); }
        std::shared_ptr<const SpillFile> file() const { return m_file; }

    private:
        std::shared_ptr<SpillFile> m_file = std::make_shared<SpillFile>();
    };

    // The next part of the file, read into `writer`: `columns` maps the part's column numbers to
    // the whole layout's (empty: the same), `firstNumber` is the number of records (or lines) of
    // the file before the part.
    void addPart(const Writer &writer, const QList<int> &columns, qint64 firstNumber);

private:
    friend class JsonlSpillReader;
    struct Part
    {
        std::shared_ptr<const SpillFile> file;
        QList<int> columns;
        qint64 firstNumber = 0;
    };
    QList<Part> m_parts;
};

// Reads the records of a spill back, part after part.
class JsonlSpillReader
{
public:
    explicit JsonlSpillReader(std::shared_ptr<const JsonlSpill> spill);

    // The next record; false at the end or on a read failure (error() says which).
    bool next(JsonlSpilledRecord *record);
    QString error() const { return m_error; }
    // Bytes of the spill read so far, and in all.
    qint64 bytesRead() const { return m_before + (m_reader ? m_reader->bytesRead() : 0); }
    qint64 totalBytes() const { return m_total; }

private:
    std::shared_ptr<const JsonlSpill> m_spill;
    qsizetype m_part = -1;
    std::unique_ptr<SpillFileReader> m_reader; // of m_part
    qint64 m_before = 0;                       // bytes of the parts before it
    qint64 m_total = 0;
    QString m_error;
};

} // namespace barge
