#include "io/fixed/layoutguess.h"

#include <QSet>

namespace barge::LayoutGuess {

namespace {

bool blankAt(const QString &record, qsizetype position)
{
    return position >= record.size() || record.at(position) == u' ';
}

} // namespace

QList<int> starts(const QStringList &records)
{
    qsizetype width = 0;
    for (const QString &record : records)
        width = std::max(width, record.size());
    QList<int> result;
    bool content = false; // the column since the last start has text in some record
    for (qsizetype position = 1; position < width; ++position) {
        bool allBlankBefore = true;
        bool textHere = false;
        for (const QString &record : records) {
            if (!blankAt(record, position - 1)) {
                allBlankBefore = false;
                content = true;
            }
            textHere = textHere || !blankAt(record, position);
        }
        if (content && allBlankBefore && textHere) {
            result << int(position);
            content = false;
        }
    }
    return result;
}

RecordLayout fromStarts(const QList<int> &starts, int recordLength, const RecordLayout &previous)
{
    QList<int> sorted = starts;
    std::sort(sorted.begin(), sorted.end());
    QList<int> bounds{0};
    for (const int start : std::as_const(sorted)) {
        if (start > bounds.last() && start < recordLength)
            bounds << start;
    }
    bounds << recordLength;
    RecordLayout layout;
    layout.recordLength = recordLength;
    QSet<QString> taken;
    QList<bool> named;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        RecordField field;
        field.offset = bounds.at(i);
        field.length = bounds.at(i + 1) - bounds.at(i);
        bool kept = false;
        for (const RecordField &old : previous.fields) {
            if (old.offset != field.offset)
                continue;
            if (old.length == field.length) {
                field = old;
            } else {
                field.name = old.name;
                field.nullIfBlank = old.nullIfBlank;
                if (old.encoding == RecordField::Encoding::Text)
                    field.declared = old.declared;
            }
            // An empty name is bytes to skip (a copybook's FILLER): any number of those.
            kept = field.name.isEmpty() || !taken.contains(field.name.toLower());
            break;
        }
        if (kept && !field.name.isEmpty())
            taken.insert(field.name.toLower());
        named << kept;
        layout.fields << field;
    }
    for (qsizetype i = 0; i < layout.fields.size(); ++i) {
        if (named.at(i))
            continue;
        QString name = QStringLiteral("field_%1").arg(i + 1);
        for (int n = 2; taken.contains(name.toLower()); ++n)
            name = QStringLiteral("field_%1_%2").arg(i + 1).arg(n);
        taken.insert(name.toLower());
        layout.fields[i].name = name;
        layout.fields[i].sourceLine = 0;
    }
    return layout;
}

} // namespace barge::LayoutGuess
