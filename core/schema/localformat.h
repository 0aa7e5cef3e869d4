#pragma once
// LocalFormat: how a desktop set to a country's conventions writes numbers, dates, times and yes/no
// words in a text file ("1.234,56", "17,50-", "31.12.2023", "ja"/"nein"), and the translation between
// that text and Barge's canonical text ("-1234.56", "2023-12-31", "true"). A source's settings
// (URL options decimal=, thousands=, date=, ...; docs/urls.md), shared by every text-based reader and
// writer. Empty by default: then nothing is read or written other than canonically.
// Rules in docs/type-inference.md, "Local formats". Immutable once built; thread safe to read.

#include "schema/datatype.h"
#include "schema/temporaltext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace barge {

// The options' names, spelled once: the kinds' descriptions, LocalFormat::fromOptions, the wizard.
namespace FormatOption {
inline const QString locale = QStringLiteral("locale");
inline const QString decimal = QStringLiteral("decimal");
inline const QString thousands = QStringLiteral("thousands");
inline const QString minus = QStringLiteral("minus");
inline const QString currency = QStringLiteral("currency");
inline const QString percent = QStringLiteral("percent");
inline const QString date = QStringLiteral("date");
inline const QString time = QStringLiteral("time");
inline const QString pivot = QStringLiteral("pivot");
inline const QString boolean = QStringLiteral("bool");
QStringList all();
} // namespace FormatOption

class LocalFormat
{
    Q_DECLARE_TR_FUNCTIONS(barge::LocalFormat)

public:
    // Reads the options above from a URL's options (others are ignored: they belong to the kind).
    // locale= fills in decimal, thousands and date from QLocale's conventions and names the
    // language of month names; the other options override it.
    static std::optional<LocalFormat> fromOptions(const QMap<QString, QString> &options, QString *error);

    bool isEmpty() const { return !coversNumbers() && !coversDates() && !coversBooleans(); }
    bool coversNumbers() const { return !m_decimal.isNull(); }
    bool coversDates() const { return !m_datePatterns.isEmpty() || !m_timePatterns.isEmpty(); }
    bool coversBooleans() const { return !m_trueWord.isEmpty(); }
    // True when values of `kind` are read and written in this format (Int64, Real and Decimal for
    // numbers; Date, Time and DateTime for dates; Boolean).
    bool covers(TypeKind kind) const;

    // Local text -> canonical text of `kind` ("-1234.56", "2023-12-31", "14:30:00",
    // "2023-12-31 14:30:00", "true"). False when the text does not fit the format.
    bool toCanonical(QStringView text, TypeKind kind, QString *canonical) const;
    // Why `text` was refused for `kind`, naming the value and the format.
    QString refusal(QStringView text, TypeKind kind) const;

    // Canonical text -> local text (writers). Numbers keep their digits; `grouped` writes the
    // thousands separator.
    QString fromCanonicalNumber(QStringView canonical, bool grouped) const;
    QString fromParts(const TemporalText::Parts &parts, TypeKind kind) const;
    QString fromBoolean(bool value) const { return value ? m_trueWord : m_falseWord; }

    // How the format writes `kind`, for messages and the plan: "1.234,56", "dd.MM.yyyy", "ja/nein".
    QString example(TypeKind kind) const;
    // The locale's language ("German"), or empty when no locale= was given.
    QString languageName() const;

    // --- for TypeInference: a number taken apart without allocating ---
    struct Number
    {
        bool valid = false;
        bool negative = false;
        bool leadingZero = false; // "007"
        bool grouped = false;     // has a thousands separator
        bool hasFraction = false;
        int integerDigits = 0;
        int fractionDigits = 0;
        int groups = 0;           // separators in the integer part
        bool decorated = false;   // had a currency symbol or a percent sign
        qsizetype start = 0;      // where the digits begin in the text, and how far they go
        qsizetype length = 0;
    };
    Number scanNumber(QStringView text) const;
    // A date/time taken apart by the date or time pattern; `exact` when formatting the parts with
    // the pattern gives the text back.
    bool scanTemporal(QStringView text, TypeKind kind, TemporalText::Parts *parts, bool *exact) const;
    // 1 true word, 0 false word, -1 neither.
    int scanBoolean(QStringView text) const;
    QChar decimalSeparator() const { return m_decimal; }
    bool trailingMinus() const { return m_trailingMinus; }
    QString thousandsSeparators() const { return m_thousands; }
    QStringList datePatterns() const { return m_datePatterns; }

    friend bool operator==(const LocalFormat &a, const LocalFormat &b)
    {
        return a.m_decimal == b.m_decimal && a.m_thousands == b.m_thousands && a.m_trailingMinus == b.m_trailingMinus
            && a.m_currency == b.m_currency && a.m_percent == b.m_percent && a.m_datePatterns == b.m_datePatterns
            && a.m_timePatterns == b.m_timePatterns && a.m_pivot == b.m_pivot && a.m_trueWord == b.m_trueWord
            && a.m_falseWord == b.m_falseWord && a.m_hasLocale == b.m_hasLocale && a.m_locale == b.m_locale;
    }

    // Two-digit years (yy) fall in pivot .. pivot+99.
    static constexpr int defaultPivot = 1950;

private:
    bool scanPattern(QStringView text, const QString &pattern, TemporalText::Parts *parts, bool *exact) const;
    QString formatPattern(const TemporalText::Parts &parts, const QString &pattern) const;
    const QStringList &timePatterns() const;
    int monthFromName(QStringView name, bool longName, qsizetype *used) const;

    QChar m_decimal;           // null: numbers are not local
    QString m_thousands;       // characters accepted between groups; the first is written; empty: none
    bool m_trailingMinus = false;
    QString m_currency;
    bool m_percent = false;
    // Qt's letters (d dd M MM MMM MMMM yy yyyy; H HH h hh m mm s ss z zzz AP), other characters
    // literal. Read: any of them; written: the first. No time patterns: H:mm[:ss[.f]] or with AM/PM.
    QStringList m_datePatterns;
    QStringList m_timePatterns;
    int m_pivot = defaultPivot;
    QString m_trueWord, m_falseWord;
    bool m_hasLocale = false;
    QLocale m_locale = QLocale::c();
};

} // namespace barge
