#include "io/fixed/fixedsource.h"

#include "io/fixed/copybook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace barge {

QString FixedSource::resolve(const Endpoint &endpoint, const QString &path)
{
    return QFileInfo(path).isAbsolute() ? path : QFileInfo(endpoint.path).dir().filePath(path);
}

std::optional<FixedSource> FixedSource::fromEndpoint(const Endpoint &endpoint, QString *error)
{
    FixedSource source;
    const bool hasLayout = endpoint.options.contains(FixedOption::layout);
    const bool hasCopybook = endpoint.options.contains(FixedOption::copybook);
    if (hasLayout == hasCopybook) {
        *error = tr("a fixed: URL names its layout with either layout=FILE.json or copybook=FILE.cpy");
        return std::nullopt;
    }
    const QString path = resolve(endpoint, endpoint.options.value(hasLayout ? FixedOption::layout : FixedOption::copybook));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    QString problem;
    const std::optional<RecordLayout> layout = hasLayout ? RecordLayout::fromJson(text, &problem)
                                                         : Copybook::parse(QString::fromUtf8(text), &problem);
    if (!layout) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), problem);
        return std::nullopt;
    }
    source.layout = *layout;

    const QString encoding = endpoint.options.value(FixedOption::encoding, QStringLiteral("UTF-8"));
    if (encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0
        && encoding.compare(QLatin1String("utf8"), Qt::CaseInsensitive) != 0) {
        source.page = CodePage::find(encoding, &problem);
        if (!source.page) {
            *error = problem;
            return std::nullopt;
        }
    }
    // A copybook describes mainframe records: fixed length unless told; a layout file, lines.
    const QString recfm = endpoint.options.value(FixedOption::recfm, hasCopybook ? QStringLiteral("F") : QStringLiteral("text"));
    if (!RecordFile::formatFromName(recfm, &source.format)) {
        *error = tr("invalid value '%1' for option 'recfm' (text, F, FB, V or VB)").arg(recfm);
        return std::nullopt;
    }
    if (source.format == RecordFile::Format::Text && source.page && !source.page->asciiCompatible()) {
        *error = tr("%1 has no line ends Barge can split on: give the record format (recfm=F, FB, V or VB)")
                     .arg(source.page->name());
        return std::nullopt;
    }
    source.recordLength = source.layout.recordLength;
    if (endpoint.options.contains(FixedOption::lrecl)) {
        bool ok = false;
        source.recordLength = endpoint.options.value(FixedOption::lrecl).toInt(&ok);
        if (!ok || source.recordLength < source.layout.minimumLength() || source.recordLength > 1 << 20) {
            *error = tr("invalid value '%1' for option 'lrecl' (the record length in bytes, at least the layout's %2)")
                         .arg(endpoint.options.value(FixedOption::lrecl)).arg(source.layout.minimumLength());
            return std::nullopt;
        }
    }
    const std::optional<LocalFormat> local = LocalFormat::fromOptions(endpoint.options, error);
    if (!local)
        return std::nullopt;
    source.local = *local;
    return source;
}

} // namespace barge
