#pragma once
// CopybookItem: one data description entry of a copybook (level, name, PICTURE, USAGE, SIGN,
// OCCURS), read from its words, with the entries nested under it once Copybook::parse has built
// the tree. Clauses that do not change the layout (VALUE, BLANK WHEN ZERO, INDEXED BY, KEY IS,
// GLOBAL, EXTERNAL) are read and dropped; those that would change it in ways a flat record
// cannot hold (REDEFINES, RENAMES, OCCURS DEPENDING ON, JUSTIFIED, SYNCHRONIZED, COMP-1, COMP-2,
// POINTER, INDEX, NATIONAL) are refused. A plain value.

#include "io/fixed/copybookpicture.h"
#include "io/fixed/copybooksource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace barge {

struct CopybookItem
{
    Q_DECLARE_TR_FUNCTIONS(barge::CopybookItem)

public:
    enum class Usage {
        Inherited, // none written: the group's, or DISPLAY
        Display,
        Binary,       // COMP, COMP-4, BINARY: the picture's digits
        NativeBinary, // COMP-5: the full range of its bytes
        Packed,       // COMP-3, PACKED-DECIMAL
        SizedBinary,  // BINARY-SHORT, BINARY-LONG, BINARY-DOUBLE [SIGNED | UNSIGNED]: no picture,
                      // 2, 4 or 8 bytes (binaryBytes), the full range of them
    };
    struct SignClause
    {
        bool leading = false;
        bool separate = false;
    };

    int level = 0;
    QString name; // empty for FILLER and unnamed items
    int line = 0;
    std::optional<CopybookPicture> picture;
    Usage usage = Usage::Inherited;
    int binaryBytes = 0;       // SizedBinary: 2, 4 or 8
    bool binarySigned = true;  // SizedBinary: SIGNED (the default) or UNSIGNED
    std::optional<SignClause> sign;
    int occurs = 0; // 0: no OCCURS
    QList<CopybookItem> children;

    bool isGroup() const { return !children.isEmpty(); }

    // The entry's description; nullopt with *error ("copybook line N: ...") when it is malformed
    // or uses a clause that is refused. Level 88 entries come back with only level and line set.
    static std::optional<CopybookItem> fromEntry(const CopybookEntry &entry, QString *error);
    // "copybook line N: <why>", the form of every copybook error.
    static QString lineError(int line, const QString &why);
};

} // namespace barge
