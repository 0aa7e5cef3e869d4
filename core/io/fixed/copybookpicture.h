#pragma once
// CopybookPicture: what a COBOL PICTURE string says about an item: text (X, A, or 9 mixed with
// them) of so many characters, or a number with its digits, implied decimal point (V), P scaling
// and sign (S). Edited pictures (Z, *, +, -, CR, DB, B, 0, /, comma, period, $) and national or
// DBCS symbols (N, G, E) are refused. A plain value.

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace barge {

struct CopybookPicture
{
    Q_DECLARE_TR_FUNCTIONS(barge::CopybookPicture)

public:
    bool numeric = false;
    int characters = 0; // Text: its length; numeric: the digit positions (9s), P and V excluded
    int digits = 0;     // numeric: the 9s
    int scale = 0;      // numeric: 9s after V, minus trailing Ps, plus leading Ps (see RecordField)
    int scalingPositions = 0; // numeric: the Ps
    bool isSigned = false;

    // The picture described by `text` (without PIC [IS]); nullopt with *why saying what is wrong.
    static std::optional<CopybookPicture> parse(const QString &text, QString *why);
};

} // namespace barge
