#include "mappingpreview.h"

#include "io/backend.h"
#include "mapping/rowconverter.h"

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
    // A reader reports "more" while the batch it was given holds rows, so each call gets a new one.
    QList<Row> rows;
    while (rows.size() < maxRows) {
        RowBatch batch;
        const bool more = reader->read(batch, maxRows - int(rows.size()));
        rows += batch.rows;
        if (!more || (batch.rows.isEmpty() && batch.rejected.isEmpty()))
            break;
    }
    if (!reader->error().isEmpty() && rows.isEmpty())
        preview.error = reader->error();
    for (const Row &in : std::as_const(rows)) {
        if (preview.rows.size() >= maxRows)
            break;
        QList<PreviewCell> cells;
        for (const RowConverter &converter : std::as_const(converters)) {
            PreviewCell cell;
            Row out;
            if (converter.convert(in, &out, &cell.error))
                cell.value = out.value(0);
            cells << cell;
        }
        preview.rows << cells;
    }
    return preview;
}

} // namespace barge
