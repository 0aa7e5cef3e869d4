#include "io/csv/csvencodingchoice.h"

#include "io/csv/csvdialect.h"
#include "io/csv/csvintrospector.h"
#include "io/encodingdetector.h"

#include <QDir>
#include <QFileInfo>

namespace barge {

namespace {

struct Guessed
{
    QString file;
    EncodingDetector::Result result;
};

// The files the endpoint's tables are read from (as CsvIntrospector lists them).
QStringList filesOf(const Endpoint &endpoint)
{
    if (!endpoint.folder)
        return {endpoint.path};
    CsvIntrospector introspector(endpoint);
    QString ignored;
    QStringList files;
    for (const QString &table : introspector.tableNames(&ignored))
        files << CsvIntrospector::fileForTable(endpoint, table);
    return files;
}

QString undecided(const Guessed &guessed)
{
    const QString name = QFileInfo(guessed.file).fileName();
    if (guessed.result.candidates.isEmpty())
        return CsvEncodingChoice::tr("%1 is not UTF-8, and no encoding Barge reads fits it; name its encoding "
                                     "with the encoding option (?encoding=...)")
            .arg(name);
    return CsvEncodingChoice::tr("%1 is not UTF-8, and its encoding is not clear: perhaps %2; name it with the "
                                 "encoding option, such as ?encoding=%3")
        .arg(name, EncodingDetector::describe(guessed.result.candidates), guessed.result.candidates.first().encoding);
}

} // namespace

bool CsvEncodingChoice::settle(Endpoint *endpoint, QStringList *notes, QString *error)
{
    if (endpoint->options.contains(CsvOption::encoding))
        return true;
    QList<Guessed> guessed;
    bool unicodeText = false; // a file that has non-ASCII UTF-8 (or a BOM)
    for (const QString &file : filesOf(*endpoint)) {
        if (!QFileInfo(file).isFile())
            continue; // the introspector says what is missing
        const std::optional<EncodingDetector::Result> result = EncodingDetector::detectFile(file, error);
        if (!result)
            return false;
        if (result->basis != EncodingDetector::Result::Basis::Guess) {
            unicodeText = unicodeText || !result->ascii;
            continue;
        }
        if (!result->decided()) {
            *error = undecided({file, *result});
            return false;
        }
        guessed.append({file, *result});
    }
    if (guessed.isEmpty())
        return true;
    const QString encoding = guessed.first().result.encoding;
    const bool agree = std::all_of(guessed.cbegin(), guessed.cend(),
                                   [&](const Guessed &g) { return g.result.encoding == encoding; });
    if (!agree || unicodeText) {
        QStringList seen;
        for (const Guessed &g : guessed)
            seen << QStringLiteral("%1: %2").arg(QFileInfo(g.file).fileName(), g.result.encoding);
        if (unicodeText)
            seen << tr("others: UTF-8");
        *error = tr("the files in %1 are in different encodings (%2); convert them to one, or name the one to "
                    "use with the encoding option")
                     .arg(endpoint->path, seen.join(QLatin1String(", ")));
        return false;
    }
    endpoint->options.insert(CsvOption::encoding, encoding);
    for (const Guessed &g : guessed) {
        notes->append(tr("%1 is not UTF-8; reading it as %2 (confidence %3%); add ?encoding=%2 to say so")
                          .arg(QFileInfo(g.file).fileName(), encoding)
                          .arg(g.result.confidence()));
    }
    return true;
}

} // namespace barge
