#pragma once
// RecordEncoder: a row into one record's bytes by its RecordLayout, the reverse of RecordDecoder:
// text in the file's code page (left-aligned, or right-aligned when the field holds numbers),
// zoned and packed decimals, big-endian binaries. Never truncates or rounds: a value that does not
// fit its field (too long, more digits or fraction digits than the picture, a character the code
// page lacks, a sign in an unsigned field) fails the row with the field and why. Immutable; any thread.

#include "io/codepage.h"
#include "io/fixed/recordlayout.h"
#include "schema/localformat.h"
#include "schema/row.h"

#include <QCoreApplication>

#include <optional>

namespace barge {

class RecordEncoder
{
    Q_DECLARE_TR_FUNCTIONS(barge::RecordEncoder)

public:
    RecordEncoder(const RecordLayout &layout, std::optional<CodePage> page, const LocalFormat &local);

    // The record of `row`, recordLength bytes (spaces where no value goes). `fieldOfColumn[i]`: the
    // field row value i goes into (-1: none); `types[i]`: its type. False with *why.
    bool encode(const Row &row, const QList<int> &fieldOfColumn, const QList<DataType> &types, QByteArray *record,
                QString *why) const;

private:
    bool text(const RecordField &field, const QVariant &value, const DataType &type, char *out, QString *why) const;
    bool number(const RecordField &field, const QVariant &value, char *out, QString *why) const;
    bool bytesOf(const QString &text, QByteArray *out, QString *why) const;
    char space() const;

    RecordLayout m_layout;
    std::optional<CodePage> m_page;
    LocalFormat m_local;
    bool m_ebcdic = false;
};

} // namespace barge
