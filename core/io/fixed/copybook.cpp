#include "io/fixed/copybook.h"

#include "io/fixed/copybookitem.h"
#include "io/fixed/copybooksource.h"

#include <QHash>
#include <QSet>

namespace barge {

namespace {

constexpr qint64 kMaxRecordBytes = 1 << 24;
constexpr qsizetype kMaxColumns = 100000;

using Usage = CopybookItem::Usage;
using Sign = RecordField::Sign;

// A field laid out inside an item, before its final name is known.
struct PlacedField
{
    RecordField field;      // offset relative to the item laid out
    QString dataName;       // the elementary item's name
    QStringList groups;     // the named groups around it, innermost first
    QString occurrence;     // "_2", "_1_3": the OCCURS numbers, outer first
};

struct Placement
{
    QList<PlacedField> fields;
    qint64 size = 0;
};

// What a group passes to the items under it.
struct Inherited
{
    Usage usage = Usage::Display;
    int binaryBytes = 0; // SizedBinary
    bool binarySigned = true;
    std::optional<CopybookItem::SignClause> sign;
};

QString nameOf(const CopybookItem &item)
{
    return item.name.isEmpty() ? QStringLiteral("FILLER") : item.name;
}

int binaryBytes(int digits)
{
    return digits <= 4 ? 2 : digits <= 9 ? 4 : 8;
}

// The widest number of digits `bytes` of binary hold, for COMP-5's full range.
int binaryRangeDigits(int bytes, bool isSigned)
{
    return bytes == 2 ? 5 : bytes == 4 ? 10 : isSigned ? 19 : 20;
}

Sign displaySign(const std::optional<CopybookItem::SignClause> &clause)
{
    if (!clause)
        return Sign::TrailingOverpunch;
    if (clause->leading)
        return clause->separate ? Sign::LeadingSeparate : Sign::LeadingOverpunch;
    return clause->separate ? Sign::TrailingSeparate : Sign::TrailingOverpunch;
}

class LayoutBuilder
{
public:
    explicit LayoutBuilder(QString *error) : m_error(error) {}

    std::optional<Placement> place(const CopybookItem &item, const Inherited &inherited)
    {
        std::optional<Placement> placement = item.isGroup() ? placeGroup(item, inherited)
                                                            : placeElementary(item, inherited);
        if (!placement || item.occurs == 0)
            return placement;
        return repeat(item, *placement);
    }

private:
    std::nullopt_t fail(int line, const QString &why)
    {
        *m_error = CopybookItem::lineError(line, why);
        return std::nullopt;
    }

    std::optional<Placement> placeGroup(const CopybookItem &group, const Inherited &inherited)
    {
        if (group.picture)
            return fail(group.line, Copybook::tr("%1 has a PICTURE and items under it").arg(nameOf(group)));
        Inherited passed = inherited;
        if (group.usage != Usage::Inherited) {
            passed.usage = group.usage;
            passed.binaryBytes = group.binaryBytes;
            passed.binarySigned = group.binarySigned;
        }
        if (group.sign)
            passed.sign = group.sign;
        Placement placement;
        for (const CopybookItem &child : group.children) {
            std::optional<Placement> inner = place(child, passed);
            if (!inner)
                return std::nullopt;
            for (PlacedField &placed : inner->fields) {
                placed.field.offset += int(placement.size);
                if (!group.name.isEmpty())
                    placed.groups.append(group.name);
                placement.fields.append(std::move(placed));
            }
            placement.size += inner->size;
            if (!withinLimits(group, placement))
                return std::nullopt;
        }
        return placement;
    }

    std::optional<Placement> placeElementary(const CopybookItem &item, const Inherited &inherited)
    {
        const Usage usage = item.usage != Usage::Inherited ? item.usage : inherited.usage;
        RecordField field;
        field.sourceLine = item.line;
        if (usage == Usage::SizedBinary) {
            // BINARY-SHORT/LONG/DOUBLE carry their size in the usage, not in a picture.
            if (item.picture)
                return fail(item.line, Copybook::tr("%1 has a PICTURE and a USAGE that needs none").arg(nameOf(item)));
            const bool own = item.usage == Usage::SizedBinary;
            field.encoding = RecordField::Encoding::Binary;
            field.length = own ? item.binaryBytes : inherited.binaryBytes;
            const bool isSigned = own ? item.binarySigned : inherited.binarySigned;
            field.digits = binaryRangeDigits(field.length, isSigned);
            field.sign = isSigned ? Sign::TrailingOverpunch : Sign::None;
            Placement placement;
            placement.size = field.length;
            if (!item.name.isEmpty())
                placement.fields.append({field, item.name, {}, {}});
            return placement;
        }
        if (!item.picture)
            return fail(item.line, Copybook::tr("%1 has no PICTURE").arg(nameOf(item)));
        const CopybookPicture &picture = *item.picture;
        if (!picture.numeric) {
            if (usage != Usage::Display)
                return fail(item.line, Copybook::tr("%1 is text, which can only be DISPLAY").arg(nameOf(item)));
            field.length = picture.characters;
        } else if (!placeNumber(item, usage, inherited, &field)) {
            return std::nullopt;
        }
        Placement placement;
        placement.size = field.length;
        if (!item.name.isEmpty())
            placement.fields.append({field, item.name, {}, {}});
        return placement;
    }

    bool placeNumber(const CopybookItem &item, Usage usage, const Inherited &inherited, RecordField *field)
    {
        const CopybookPicture &picture = *item.picture;
        field->digits = picture.digits;
        field->scale = picture.scale;
        if (usage != Usage::Display && item.sign) {
            fail(item.line, Copybook::tr("SIGN applies to DISPLAY numbers only (on %1)").arg(nameOf(item)));
            return false;
        }
        switch (usage) {
        case Usage::Inherited:
        case Usage::Display: {
            field->encoding = RecordField::Encoding::Zoned;
            const std::optional<CopybookItem::SignClause> clause = item.sign ? item.sign : inherited.sign;
            field->sign = picture.isSigned ? displaySign(clause) : Sign::None;
            const bool separate = field->sign == Sign::LeadingSeparate || field->sign == Sign::TrailingSeparate;
            field->length = picture.digits + (separate ? 1 : 0);
            return true;
        }
        case Usage::Binary:
        case Usage::NativeBinary:
            if (picture.digits > 18) {
                fail(item.line, Copybook::tr("%1 is binary with more than 18 digits").arg(nameOf(item)));
                return false;
            }
            field->encoding = RecordField::Encoding::Binary;
            field->length = binaryBytes(picture.digits);
            if (usage == Usage::NativeBinary)
                field->digits = binaryRangeDigits(field->length, picture.isSigned);
            break;
        case Usage::Packed:
            field->encoding = RecordField::Encoding::Packed;
            field->length = picture.digits / 2 + 1;
            break;
        case Usage::SizedBinary: // placed without a picture, above
            return false;
        }
        field->sign = picture.isSigned ? Sign::TrailingOverpunch : Sign::None;
        return true;
    }

    std::optional<Placement> repeat(const CopybookItem &item, const Placement &once)
    {
        Placement placement;
        placement.size = once.size * item.occurs;
        if (placement.size > kMaxRecordBytes)
            return fail(item.line, Copybook::tr("%1 is larger than %2 bytes").arg(nameOf(item)).arg(kMaxRecordBytes));
        if (once.fields.size() * qint64(item.occurs) > kMaxColumns)
            return fail(item.line, Copybook::tr("%1 has more than %2 columns").arg(nameOf(item)).arg(kMaxColumns));
        for (int index = 1; index <= item.occurs; ++index) {
            for (PlacedField placed : once.fields) {
                placed.field.offset += int(once.size * (index - 1));
                placed.occurrence.prepend(u'_' + QString::number(index));
                placement.fields.append(std::move(placed));
            }
        }
        return placement;
    }

    bool withinLimits(const CopybookItem &item, const Placement &placement)
    {
        if (placement.size > kMaxRecordBytes) {
            fail(item.line, Copybook::tr("%1 is larger than %2 bytes").arg(nameOf(item)).arg(kMaxRecordBytes));
            return false;
        }
        if (placement.fields.size() > kMaxColumns) {
            fail(item.line, Copybook::tr("%1 has more than %2 columns").arg(nameOf(item)).arg(kMaxColumns));
            return false;
        }
        return true;
    }

    QString *m_error;
};

QString qualified(const PlacedField &placed, int groups)
{
    QStringList parts;
    for (int i = qMin(groups, int(placed.groups.size())) - 1; i >= 0; --i)
        parts.append(placed.groups.at(i));
    parts.append(placed.dataName);
    return parts.join(u'.');
}

// The qualified names of the items sharing a data name, with the fewest groups that tell them apart.
void qualifyShared(QList<PlacedField> &fields, const QList<qsizetype> &sharing)
{
    int deepest = 0;
    for (qsizetype at : sharing)
        deepest = qMax(deepest, int(fields.at(at).groups.size()));
    for (int groups = 1; groups <= deepest; ++groups) {
        QSet<QString> seen;
        for (qsizetype at : sharing) {
            const PlacedField &placed = fields.at(at);
            seen.insert((qualified(placed, groups) + placed.occurrence).toUpper());
        }
        if (seen.size() == sharing.size() || groups == deepest) {
            for (qsizetype at : sharing)
                fields[at].dataName = qualified(fields.at(at), groups);
            return;
        }
    }
}

std::optional<QList<RecordField>> namedFields(QList<PlacedField> placedFields, QString *error)
{
    // A data name is shared when different entries use it; the copies an OCCURS made do not count.
    QHash<QString, QList<qsizetype>> indicesOfName;
    QHash<QString, QSet<int>> linesOfName;
    for (qsizetype i = 0; i < placedFields.size(); ++i) {
        const QString key = placedFields.at(i).dataName.toUpper();
        indicesOfName[key].append(i);
        linesOfName[key].insert(placedFields.at(i).field.sourceLine);
    }
    for (auto it = linesOfName.cbegin(); it != linesOfName.cend(); ++it) {
        if (it.value().size() > 1)
            qualifyShared(placedFields, indicesOfName.value(it.key()));
    }
    QList<RecordField> fields;
    QHash<QString, int> lineOfName;
    for (PlacedField &placed : placedFields) {
        placed.field.name = placed.dataName + placed.occurrence;
        const QString key = placed.field.name.toUpper();
        if (lineOfName.contains(key)) {
            *error = CopybookItem::lineError(placed.field.sourceLine,
                                             Copybook::tr("the column %1 is also described on line %2")
                                                 .arg(placed.field.name)
                                                 .arg(lineOfName.value(key)));
            return std::nullopt;
        }
        lineOfName.insert(key, placed.field.sourceLine);
        fields.append(std::move(placed.field));
    }
    return fields;
}

} // namespace

std::optional<RecordLayout> Copybook::parse(const QString &text, QString *error)
{
    // The entries in order with the index of the entry each is nested in (-1: the record's top).
    QList<CopybookItem> items;
    QList<qsizetype> parents;
    QList<qsizetype> open;
    for (const CopybookEntry &entry : CopybookSource::entries(text)) {
        const std::optional<CopybookItem> item = CopybookItem::fromEntry(entry, error);
        if (!item)
            return std::nullopt;
        if (item->level == 88)
            continue;
        const bool startsRecord = item->level == 1 || item->level == 77;
        if (startsRecord && !items.isEmpty()) {
            *error = CopybookItem::lineError(item->line, tr("a second record (%1) follows %2; a copybook may describe one")
                                                             .arg(nameOf(*item), nameOf(items.first())));
            return std::nullopt;
        }
        while (!open.isEmpty() && items.at(open.last()).level >= item->level)
            open.removeLast();
        parents.append(open.isEmpty() ? -1 : open.last());
        open.append(items.size());
        items.append(*item);
    }
    if (items.isEmpty()) {
        *error = tr("the copybook describes no data item");
        return std::nullopt;
    }
    // Children follow their parents, so moving them in from the back hands over whole subtrees.
    QList<CopybookItem> tops;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (parents.at(i) >= 0)
            items[parents.at(i)].children.prepend(std::move(items[i]));
        else
            tops.prepend(std::move(items[i]));
    }

    CopybookItem record;
    record.line = tops.first().line;
    if (tops.size() == 1)
        record = std::move(tops.first());
    else
        record.children = std::move(tops);
    std::optional<Placement> placement = LayoutBuilder(error).place(record, Inherited());
    if (!placement)
        return std::nullopt;
    if (placement->fields.isEmpty()) {
        *error = CopybookItem::lineError(record.line, tr("the record has no named elementary item"));
        return std::nullopt;
    }
    std::optional<QList<RecordField>> fields = namedFields(std::move(placement->fields), error);
    if (!fields)
        return std::nullopt;
    RecordLayout layout;
    layout.fields = std::move(*fields);
    layout.recordLength = int(placement->size);
    return layout;
}

} // namespace barge
