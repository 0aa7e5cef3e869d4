// libFuzzer target for local formats (LocalFormat, TypeInference's local path, LocalFormatGuess).
// The input's first line is a URL query of format options (locale=de_DE&bool=ja/nein), each
// further line a value of one column. Beyond "no crash" it holds them to the data promises:
//  - a type inferred under the format is honest: every value reads in the format as that kind,
//    and its canonical text converts to the type (ValueConverter), so no row the scan saw is
//    rejected at load time;
//  - a number read in the format comes back the same when written in it and read again;
//  - a date written in the format (four-digit years) reads back as the same date;
//  - what the guess proposes are options the format accepts.

#include "fuzzcheck.h"

#include "schema/localformat.h"
#include "schema/localformatguess.h"
#include "schema/typeinference.h"
#include "schema/valueconverter.h"

using namespace barge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList lines = text.split(u'\n');
    const QString query = lines.takeFirst();
    QMap<QString, QString> options;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0)
            options.insert(pair.left(eq), pair.mid(eq + 1));
    }
    QString error;
    const std::optional<LocalFormat> parsed = LocalFormat::fromOptions(options, &error);
    if (!parsed)
        return 0;
    const LocalFormat &format = *parsed;

    TypeInference inference(&format);
    for (const QString &line : std::as_const(lines))
        inference.add(line);
    const DataType type = inference.result();
    (void)inference.note(QStringLiteral("c"));
    if (format.covers(type.kind) && !lines.isEmpty()) {
        for (const QString &line : std::as_const(lines)) {
            QString canonical;
            FUZZ_CHECK(format.toCanonical(line, type.kind, &canonical),
                       QStringLiteral("'%1' inferred %2 but not read").arg(line, type.toString()));
            QVariant out;
            QString why;
            FUZZ_CHECK(ValueConverter::convert(canonical, type, &out, &why),
                       QStringLiteral("'%1' -> '%2' as %3: %4").arg(line, canonical, type.toString(), why));
        }
    }

    for (const QString &line : std::as_const(lines)) {
        QString canonical;
        if (format.coversNumbers() && format.toCanonical(line, TypeKind::Decimal, &canonical)) {
            for (const bool grouped : {false, true}) {
                const QString written = format.fromCanonicalNumber(canonical, grouped);
                QString again;
                FUZZ_CHECK(format.toCanonical(written, TypeKind::Decimal, &again) && again == canonical,
                           QStringLiteral("'%1' -> '%2' -> '%3' -> '%4'").arg(line, canonical, written, again));
            }
        }
        const bool fullYears = std::none_of(format.datePatterns().cbegin(), format.datePatterns().cend(),
                                            [](const QString &p) { return !p.contains(QLatin1String("yyyy")) && p.contains(u'y'); });
        TemporalText::Parts parts;
        bool exact = false;
        if (fullYears && format.coversDates() && format.scanTemporal(line, TypeKind::Date, &parts, &exact)) {
            const QString canonicalDate = TemporalText::format(parts, TypeKind::Date);
            const QString written = format.fromParts(parts, TypeKind::Date);
            QString again;
            FUZZ_CHECK(format.toCanonical(written, TypeKind::Date, &again) && again == canonicalDate,
                       QStringLiteral("'%1' -> '%2' -> '%3'").arg(line, written, again));
        }
        (void)format.toCanonical(line, TypeKind::Time, &canonical);
        (void)format.toCanonical(line, TypeKind::DateTime, &canonical);
        (void)format.toCanonical(line, TypeKind::Boolean, &canonical);
        (void)format.refusal(line, TypeKind::Decimal);
    }

    const FormatProposal proposal = LocalFormatGuess::propose({QStringLiteral("c")}, {lines});
    QString why;
    FUZZ_CHECK(LocalFormat::fromOptions(proposal.options, &why).has_value(), proposal.query() + u' ' + why);
    (void)LocalFormatGuess::note(proposal);
    return 0;
}
