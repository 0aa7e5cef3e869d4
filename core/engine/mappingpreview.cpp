#include "engine/mappingpreview.h"

#include "io/backend.h"
#include "io/csv/csvparser.h"
#include "mapping/rowconverter.h"
#include "base/messagepattern.h"

namespace barge {

int MappingPreview::failedCells() const
{
    int failed = 0;
    for (const QList<PreviewCell> &row : rows) {
        for (const PreviewCell &cell : row)
            failed += cell.error.isEmpty() ? 0 : 1;
    }
    return failed;
}

namespace {

// "invalid UTF-8 in field 2 at line 3, byte 2 of the line" (CsvParser), in the wizard's language as
// the reader said it: %1 the encoding, %2 the field (1-based), %3 the line.
MessagePattern encodingReason()
{
    return MessagePattern(CsvParser::invalidEncodingReason());
}

} // namespace

QString MappingPreview::encodingMessage(const QString &reason)
{
    const QStringList match = encodingReason().match(reason, MessagePattern::Anchor::Start);
    if (match.isEmpty())
        return QString();
    return tr("Line %1 is not valid %2 here (%3). If the file is in another encoding (often windows-1252 or "
              "latin1), choose it with Encoding on the Source page.")
        .arg(match.at(3), match.at(1), reason);
}

MappingPreview MappingPreview::compute(const Endpoint &source, const TableMapping &mapping, int maxRows,
                                       int generation)
{
    MappingPreview preview;
    preview.generation = generation;
    for (const FieldMapping &field : mapping.fields)
        preview.columns << field.target;
    std::unique_ptr<RowReader> reader = Backend::reader(source, mapping.source);
    if (!reader) {
        preview.error = tr("%1 cannot be read by this build.").arg(source.displayName());
        return preview;
    }
    QString error;
    if (!reader->open(&error)) {
        preview.error = error;
        return preview;
    }
    // One converter per field: RowConverter stops at the first failing column, the preview
    // wants every cell's own verdict.
    QList<RowConverter> converters;
    for (const FieldMapping &field : mapping.fields) {
        TableMapping single = mapping;
        single.fields = {field};
        RowConverter converter;
        if (!converter.setup(single, reader->schema(), &error)) {
            preview.error = error;
            return preview;
        }
        converters << converter;
    }
    // As a run reads: a reader that reads values in a local format (decimal comma, dd.MM.yyyy)
    // does so for the columns whose targets are numbers, dates or booleans.
    RowConverter whole;
    if (whole.setup(mapping, reader->schema(), &error))
        reader->setTypeHints(whole.sourceTypeHints(int(reader->schema().columns.size())));
    // A reader reports "more" while the batch it was given holds rows, so each call gets a new one.
    // Rows the reader rejects (a value not valid in the file's encoding) are shown too, in file
    // order, with the failing cell marked: a preview that leaves them out shows nothing, or a gap.
    struct Read
    {
        qint64 position;
        Row values;
        QString reason; // empty: the reader took the row
    };
    QList<Read> rows;
    while (rows.size() < maxRows) {
        RowBatch batch;
        const bool more = reader->read(batch, maxRows - int(rows.size()));
        for (qsizetype i = 0; i < batch.rows.size(); ++i)
            rows << Read{batch.positions.value(i), batch.rows.at(i), QString()};
        for (const RejectedRow &rejected : std::as_const(batch.rejected))
            rows << Read{rejected.position, rejected.values, rejected.reason};
        if (!more || (batch.rows.isEmpty() && batch.rejected.isEmpty()))
            break;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Read &a, const Read &b) { return a.position < b.position; });
    if (!reader->error().isEmpty() && rows.isEmpty())
        preview.error = reader->error();
    const TableSchema schema = reader->schema();
    const MessagePattern encoding = encodingReason();
    for (const Read &in : std::as_const(rows)) {
        if (preview.rows.size() >= maxRows)
            break;
        const QStringList bad = encoding.match(in.reason, MessagePattern::Anchor::Start);
        const int badColumn = !bad.isEmpty() ? bad.at(2).toInt() - 1 : -1;
        QList<PreviewCell> cells;
        for (int i = 0; i < converters.size(); ++i) {
            const FieldMapping &field = mapping.fields.at(i);
            const int column = field.isConstant() ? -1 : schema.indexOf(field.source);
            PreviewCell cell;
            if (!in.reason.isEmpty() && (column == badColumn || badColumn < 0) && !field.isConstant()) {
                cell.error = !bad.isEmpty() ? encodingMessage(in.reason) : in.reason;
                cell.text = in.values.value(column).toString();
                if (!bad.isEmpty() && preview.encodingError.isEmpty())
                    preview.encodingError = cell.error;
            } else if (in.values.size() == schema.columns.size() || in.reason.isEmpty()) {
                Row out;
                if (converters.at(i).convert(in.values, &out, &cell.error))
                    cell.value = out.value(0);
            }
            cells << cell;
        }
        preview.rows << cells;
    }
    return preview;
}

} // namespace barge
