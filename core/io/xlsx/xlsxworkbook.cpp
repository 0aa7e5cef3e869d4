#include "io/xlsx/xlsxworkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace barge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("barge::XlsxWorkbook", text);
}

// A relationship's target, relative to the folder of the part that names it (or from the root).
QString resolve(const QString &part, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const QString folder = QFileInfo(part).path();
    return QDir::cleanPath(folder.isEmpty() || folder == QLatin1String(".") ? target : folder + u'/' + target);
}

QString relationshipsOf(const QString &part)
{
    const QFileInfo info(part);
    const QString folder = info.path() == QLatin1String(".") ? QString() : info.path() + u'/';
    return folder + QStringLiteral("_rels/") + info.fileName() + QStringLiteral(".rels");
}

// The workbook's own elements, in transitional or strict OOXML, and not the extensions' of the
// same name (x14:workbookPr).
bool isSpreadsheetMl(QStringView uri)
{
    return uri == QLatin1String("http://schemas.openxmlformats.org/spreadsheetml/2006/main")
        || uri == QLatin1String("http://purl.oclc.org/ooxml/spreadsheetml/main");
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

QString XlsxWorkbook::unescape(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

TypeKind XlsxWorkbook::formatKind(int id, const QString &code)
{
    if (code.isEmpty()) {
        // The built-in formats (ECMA-376 part 1, 18.8.30) and the East Asian ones Excel adds.
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
            return TypeKind::Date;
        if ((id >= 18 && id <= 21) || id == 32 || id == 33 || id == 45 || id == 47)
            return TypeKind::Time;
        if (id == 22)
            return TypeKind::DateTime;
        return TypeKind::Real; // 46 is [h]:mm:ss, an elapsed time
    }
    // The first section decides (positive numbers); literal text, escapes, colours, locales,
    // conditions, padding and fill characters say nothing about dates.
    QString section;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is shown as it is
        } else if (c == u';') {
            break;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i);
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            if (elapsed.match(inside).hasMatch())
                return TypeKind::Real; // [h]:mm: a duration in days, not a time of day
            i = end < 0 ? code.size() : end;
        } else {
            section += c.toLower();
        }
    }
    if (section == QLatin1String("general"))
        return TypeKind::Real;
    section.remove(QStringLiteral("am/pm")).remove(QStringLiteral("a/p"));
    const bool date = section.contains(u'y') || section.contains(u'd');
    const bool time = section.contains(u'h') || section.contains(u's');
    if (date && time)
        return TypeKind::DateTime;
    if (date)
        return TypeKind::Date;
    if (time)
        return TypeKind::Time;
    if (section.contains(u'm'))
        return TypeKind::Date; // "mmm" or "mmmm": a month
    return TypeKind::Real;
}

int XlsxWorkbook::formatScale(int id, const QString &code)
{
    if (code.isEmpty()) // built in: 0.00, #,##0.00 and the two-place currency and accounting formats
        return id == 2 || id == 4 || id == 7 || id == 8 || id == 39 || id == 40 || id == 44 ? 2 : 0;
    // The first section's digits, without literal text, colours, locales and padding.
    QString digits;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\\' || c == u'_' || c == u'*')
            ++i;
        else if (c == u';')
            break;
        else if (c == u'[')
            i = code.indexOf(u']', i) < 0 ? code.size() : code.indexOf(u']', i);
        else if (c == u'%' || c == u'E' || c == u'e' || c == u'/' || c == u'?')
            return 0; // a percentage, scientific or a fraction shows another number than the cell's
        else if (c == u'0' || c == u'#' || c == u',' || c == u'.')
            digits += c;
    }
    static const QRegularExpression fixed(QStringLiteral("^[#,]*0\\.(0+)$"));
    const QRegularExpressionMatch match = fixed.match(digits);
    return match.hasMatch() ? int(match.capturedLength(1)) : 0;
}

bool XlsxWorkbook::open(const QString &path, QString *error)
{
    m_path = path;
    const QString file = QFileInfo(path).fileName();
    QString problem;
    if (!m_zip.open(path, &problem)) {
        *error = QStringLiteral("%1: %2").arg(file, problem);
        return false;
    }
    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    QString workbook = QStringLiteral("xl/workbook.xml");
    if (m_zip.contains(QStringLiteral("_rels/.rels"))) {
        if (!readRelationships(QStringLiteral("_rels/.rels"), &targets, &types, &problem)) {
            *error = QStringLiteral("%1: %2").arg(file, problem);
            return false;
        }
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value().endsWith(QLatin1String("/officeDocument")))
                workbook = resolve(QString(), targets.value(it.key()));
        }
    }
    if (!m_zip.contains(workbook)) {
        *error = tr("%1: not an Excel workbook (it has no %2)").arg(file, workbook);
        return false;
    }
    if (!readWorkbook(workbook, &problem)) {
        *error = QStringLiteral("%1: %2").arg(file, problem);
        return false;
    }
    return true;
}

bool XlsxWorkbook::readRelationships(const QString &part, QHash<QString, QString> *targets,
                                     QHash<QString, QString> *types, QString *error)
{
    const std::unique_ptr<QIODevice> device = m_zip.member(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QString id = attributes.value(QLatin1String("Id")).toString();
            targets->insert(id, attributes.value(QLatin1String("Target")).toString());
            types->insert(id, attributes.value(QLatin1String("Type")).toString());
        }
    }
    if (xml.hasError()) {
        *error = tr("%1 line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

bool XlsxWorkbook::readWorkbook(const QString &part, QString *error)
{
    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    const QString rels = relationshipsOf(part);
    if (m_zip.contains(rels) && !readRelationships(rels, &targets, &types, error))
        return false;
    const std::unique_ptr<QIODevice> device = m_zip.member(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            if (isSpreadsheetMl(xml.namespaceUri())) // not Excel 2010's x14:workbookPr
                m_1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet") && isSpreadsheetMl(xml.namespaceUri())) {
            // r:id, in the relationships namespace whatever its prefix.
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id"))
                    id = attribute.value().toString();
            }
            if (!types.value(id).endsWith(QLatin1String("/worksheet")))
                continue; // a chart sheet or a dialog sheet holds no cells
            m_sheets.append(Sheet{attributes.value(QLatin1String("name")).toString(), resolve(part, targets.value(id))});
        }
    }
    if (xml.hasError()) {
        *error = tr("%1 line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const QString member = resolve(part, targets.value(it.key()));
        if (it.value().endsWith(QLatin1String("/sharedStrings")) && !readSharedStrings(member, error))
            return false;
        if (it.value().endsWith(QLatin1String("/styles")) && !readStyles(member, error))
            return false;
    }
    return true;
}

bool XlsxWorkbook::readSharedStrings(const QString &part, QString *error)
{
    const std::unique_ptr<QIODevice> device = m_zip.member(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si"))
                text.clear();
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement(); // a phonetic reading, not part of the text
            else if (xml.name() == QLatin1String("t"))
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("si")) {
            m_strings.append(unescape(text));
        }
    }
    if (xml.hasError()) {
        *error = tr("%1 line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

bool XlsxWorkbook::readStyles(const QString &part, QString *error)
{
    const std::unique_ptr<QIODevice> device = m_zip.member(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    QHash<int, QString> codes;
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt"))
                codes.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                             attributes.value(QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellFormats = true;
            else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                m_styleKinds.append(formatKind(id, codes.value(id)));
                m_styleScales.append(formatScale(id, codes.value(id)));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    if (xml.hasError()) {
        *error = tr("%1 line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names << sheet.name;
    return names;
}

int XlsxWorkbook::sheetIndex(const QString &name) const
{
    for (int i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name == name)
            return i;
    }
    return -1;
}

QString XlsxWorkbook::sharedString(qsizetype index, bool *ok) const
{
    *ok = index >= 0 && index < m_strings.size();
    return *ok ? m_strings.at(index) : QString();
}

} // namespace barge
