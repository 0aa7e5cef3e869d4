#include "schema/localformatguess.h"

#include "schema/localformat.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace barge {

namespace {

// The conventions a number column is tried in, in the order a tie is decided.
struct Convention
{
    const char *decimal;
    const char *thousands;
};
constexpr Convention kConventions[] = {{",", "."}, {".", ","}, {",", "space"}, {".", "'"}};
constexpr int kConventionCount = int(sizeof kConventions / sizeof kConventions[0]);

// Yes/no words desktops write, lower case; true first.
const QList<QPair<QString, QString>> &booleanPairs()
{
    static const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("ja"), QStringLiteral("nein")},    {QStringLiteral("yes"), QStringLiteral("no")},
        {QStringLiteral("oui"), QStringLiteral("non")},    {QStringLiteral("sí"), QStringLiteral("no")},
        {QStringLiteral("si"), QStringLiteral("no")},      {QStringLiteral("j"), QStringLiteral("n")},
        {QStringLiteral("y"), QStringLiteral("n")},        {QStringLiteral("o"), QStringLiteral("n")},
        {QStringLiteral("wahr"), QStringLiteral("falsch")}, {QStringLiteral("vrai"), QStringLiteral("faux")},
    };
    return pairs;
}

LocalFormat formatFor(const QMap<QString, QString> &options)
{
    QString error;
    return LocalFormat::fromOptions(options, &error).value_or(LocalFormat());
}

bool isCanonicalNumber(const QString &text)
{
    static const QRegularExpression canonical(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return canonical.match(text).hasMatch();
}

bool looksNumeric(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("^-?[0-9][0-9.,'\u2019 \u00A0\u2009\u202F]*-?$"));
    return numeric.match(text).hasMatch();
}

// Bit i set: every value reads in convention i. *trailing: one needed minus=trailing.
unsigned numberConventions(const QStringList &values, bool *trailing, QString *example)
{
    unsigned fits = 0;
    for (int i = 0; i < kConventionCount; ++i) {
        const LocalFormat format = formatFor({{FormatOption::decimal, QLatin1String(kConventions[i].decimal)},
                                              {FormatOption::thousands, QLatin1String(kConventions[i].thousands)},
                                              {FormatOption::minus, QStringLiteral("trailing")}});
        bool all = true;
        for (const QString &value : values) {
            const LocalFormat::Number n = format.scanNumber(value);
            if (!n.valid || n.leadingZero || n.decorated) {
                all = false;
                break;
            }
        }
        if (all)
            fits |= 1u << i;
    }
    for (const QString &value : values) {
        if (value.endsWith(u'-'))
            *trailing = true;
        if (example->isEmpty() && !isCanonicalNumber(value))
            *example = value;
    }
    return fits;
}

// Numeric dates: "31.12.2023", "12/31/2023", "5-1-99", "2023/12/31"; a time after a space is ignored.
struct DateShape
{
    bool all = true;
    bool any = false;
    QChar separator;
    bool yearFirst = false;
    bool shortYear = false;
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
};

DateShape dateShape(const QStringList &values)
{
    static const QRegularExpression dayMonth(QStringLiteral("^([0-9]{1,2})([./-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^([0-9]{4})([./])([0-9]{1,2})\\2([0-9]{1,2})$"));
    DateShape shape;
    for (const QString &value : values) {
        const QString date = value.section(u' ', 0, 0);
        const QRegularExpressionMatch dm = dayMonth.match(date);
        const QRegularExpressionMatch yf = dm.hasMatch() ? QRegularExpressionMatch() : yearFirst.match(date);
        const QRegularExpressionMatch &m = dm.hasMatch() ? dm : yf;
        if (!m.hasMatch() || (shape.any && (m.captured(2).at(0) != shape.separator || shape.yearFirst != yf.hasMatch()))) {
            shape.all = false;
            return shape;
        }
        shape.any = true;
        shape.separator = m.captured(2).at(0);
        shape.yearFirst = yf.hasMatch();
        if (dm.hasMatch()) {
            const int first = m.captured(1).toInt(), second = m.captured(3).toInt();
            shape.shortYear = m.captured(4).size() == 2;
            shape.dayFirstPossible = shape.dayFirstPossible && second <= 12;
            shape.monthFirstPossible = shape.monthFirstPossible && first <= 12;
        }
    }
    return shape;
}

bool allRead(const QStringList &values, const QString &pattern)
{
    const LocalFormat format = formatFor({{FormatOption::date, pattern}});
    QString canonical;
    for (const QString &value : values) {
        if (!format.toCanonical(value, TypeKind::Date, &canonical)
            && !format.toCanonical(value, TypeKind::DateTime, &canonical))
            return false;
    }
    return true;
}

// Dates written as eight digits (20231231): every value a real day in yyyyMMdd, in years a date
// column holds. The range keeps counts and codes out: 10000000 or 99991231 are no such dates.
bool compactDates(const QStringList &values)
{
    static const QRegularExpression eightDigits(QStringLiteral("^[0-9]{8}$"));
    for (const QString &value : values) {
        if (!eightDigits.match(value).hasMatch())
            return false;
        const int year = QStringView(value).left(4).toInt();
        if (year < 1900 || year > 2100
            || !QDate::isValid(year, QStringView(value).mid(4, 2).toInt(), QStringView(value).mid(6, 2).toInt()))
            return false;
    }
    return true;
}

} // namespace

QString FormatProposal::query() const
{
    QStringList pairs;
    // A fixed order reads best: numbers, dates, words.
    for (const QString &name : FormatOption::all()) {
        if (options.contains(name))
            pairs << name + u'=' + options.value(name);
    }
    return pairs.join(u'&');
}

FormatProposal LocalFormatGuess::propose(const QStringList &names, const QList<QStringList> &columns)
{
    FormatProposal proposal;
    unsigned numbers = (1u << kConventionCount) - 1;
    bool decided = false, trailing = false;
    QStringList numberEvidence;
    QString datePattern;
    QString compactEvidence; // a column of yyyyMMdd dates
    QString booleanWords;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QStringList values = columns.at(c);
        values.removeAll(QString());
        if (values.isEmpty())
            continue;
        const QString name = names.value(c);
        bool numeric = true, canonical = true;
        for (const QString &value : values) {
            numeric = numeric && looksNumeric(value);
            canonical = canonical && isCanonicalNumber(value);
        }
        if (numeric && canonical) {
            // Only proposed: read unasked, 20231231 is a number, as it is written.
            if (compactEvidence.isEmpty() && compactDates(values)) {
                compactEvidence = tr("%1: %2").arg(name, values.first());
                continue;
            }
            QSet<QString> distinct(values.cbegin(), values.cend());
            distinct.remove(QStringLiteral("0"));
            distinct.remove(QStringLiteral("1"));
            if (distinct.isEmpty())
                proposal.zeroOneColumns << name;
            continue;
        }
        const DateShape shape = dateShape(values);
        if (shape.all && shape.any) {
            const QString year = shape.shortYear ? QStringLiteral("yy") : QStringLiteral("yyyy");
            const QString sep = shape.separator;
            QStringList candidates;
            if (shape.yearFirst)
                candidates << QStringLiteral("yyyy") + sep + QStringLiteral("MM") + sep + QStringLiteral("dd");
            if (!shape.yearFirst && shape.dayFirstPossible)
                candidates << QStringLiteral("dd") + sep + QStringLiteral("MM") + sep + year;
            if (!shape.yearFirst && shape.monthFirstPossible)
                candidates << QStringLiteral("MM") + sep + QStringLiteral("dd") + sep + year;
            candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                            [&](const QString &p) { return !allRead(values, p); }),
                             candidates.end());
            if (!candidates.isEmpty() && datePattern.isEmpty()) {
                datePattern = candidates.first();
                if (candidates.size() > 1)
                    proposal.dateAlternatives = candidates;
                proposal.evidence << tr("%1: %2").arg(name, values.first());
            }
            continue;
        }
        if (numeric) {
            QString example;
            const unsigned fits = numberConventions(values, &trailing, &example);
            if (fits != 0 && fits != (1u << kConventionCount) - 1 && (numbers & fits) != 0) {
                numbers &= fits;
                decided = true;
                numberEvidence << tr("%1: %2").arg(name, example);
            } else if ((numbers & fits) == 0) {
                numbers = 0; // the columns disagree: nothing is proposed for numbers
            }
            continue;
        }
        QSet<QString> words;
        for (const QString &value : values)
            words.insert(value.toLower());
        if (words.size() <= 2 && booleanWords.isEmpty()) {
            for (const auto &pair : booleanPairs()) {
                if (words.contains(pair.first) || words.contains(pair.second)) {
                    QSet<QString> rest = words;
                    rest.remove(pair.first);
                    rest.remove(pair.second);
                    if (rest.isEmpty()) {
                        // Written as the file writes them: "Ja/Nein" when it capitalises.
                        QString yes = pair.first, no = pair.second;
                        for (const QString &value : values) {
                            if (value.compare(pair.first, Qt::CaseInsensitive) == 0)
                                yes = value;
                            else if (value.compare(pair.second, Qt::CaseInsensitive) == 0)
                                no = value;
                        }
                        booleanWords = yes + u'/' + no;
                        proposal.evidence << tr("%1: %2").arg(name, values.first());
                        break;
                    }
                }
            }
        }
    }
    if (decided && numbers != 0) {
        int first = 0;
        while (!(numbers & (1u << first)))
            ++first;
        proposal.options.insert(FormatOption::decimal, QLatin1String(kConventions[first].decimal));
        proposal.options.insert(FormatOption::thousands, QLatin1String(kConventions[first].thousands));
        if (trailing)
            proposal.options.insert(FormatOption::minus, QStringLiteral("trailing"));
        proposal.evidence = numberEvidence + proposal.evidence;
        // Day or month first, when the sample cannot tell: the numbers' convention can. A point
        // before thousands is continental (day first); a comma before thousands is the US (month first).
        if (proposal.dateAlternatives.size() > 1 && QLatin1String(kConventions[first].decimal) == QLatin1String(".")
            && QLatin1String(kConventions[first].thousands) == QLatin1String(","))
            std::reverse(proposal.dateAlternatives.begin(), proposal.dateAlternatives.end());
    }
    if (!compactEvidence.isEmpty()) {
        // Beside another column's dates, as a second pattern: each value is read in the one it fits.
        const QString compact = QStringLiteral("yyyyMMdd");
        datePattern = datePattern.isEmpty() ? compact : datePattern + u'|' + compact;
        for (QString &pattern : proposal.dateAlternatives)
            pattern += u'|' + compact;
        proposal.evidence << compactEvidence;
    }
    if (!datePattern.isEmpty())
        proposal.options.insert(FormatOption::date, proposal.dateAlternatives.value(0, datePattern));
    if (!booleanWords.isEmpty())
        proposal.options.insert(FormatOption::boolean, booleanWords);
    return proposal;
}

QString LocalFormatGuess::note(const FormatProposal &proposal)
{
    if (proposal.isEmpty())
        return QString();
    QString note = tr("the values look written with local formats (%1); add ?%2 to the source URL to read "
                      "them as numbers, dates and yes/no")
                       .arg(proposal.evidence.join(QLatin1String("; ")), proposal.query());
    if (proposal.dateAlternatives.size() > 1)
        note += tr(" (the dates do not tell whether the day or the month comes first: date=%1)")
                    .arg(proposal.dateAlternatives.join(tr(" or date=")));
    return note;
}

} // namespace barge
