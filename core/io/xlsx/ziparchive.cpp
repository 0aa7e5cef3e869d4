#include "io/xlsx/ziparchive.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

namespace barge {

namespace {

QString openError(int code)
{
    if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
        return QCoreApplication::translate("barge::ZipArchive", "not a zip archive, or a damaged one");
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

} // namespace

ZipMember::ZipMember(zip_file_t *file) : m_file(file)
{
}

ZipMember::~ZipMember()
{
    zip_fclose(m_file);
}

qint64 ZipMember::readData(char *data, qint64 maxSize)
{
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    m_inflated += n;
    return n;
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipArchive::open(const QString &path, QString *error)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        *error = openError(code);
        return false;
    }
    return true;
}

bool ZipArchive::contains(const QString &member) const
{
    return m_zip && zip_name_locate(m_zip, member.toUtf8().constData(), 0) >= 0;
}

qint64 ZipArchive::size(const QString &member) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!m_zip || zip_stat(m_zip, member.toUtf8().constData(), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(stat.size);
}

std::unique_ptr<ZipMember> ZipArchive::member(const QString &name, QString *error) const
{
    zip_file_t *file = m_zip ? zip_fopen(m_zip, name.toUtf8().constData(), 0) : nullptr;
    if (!file) {
        *error = QStringLiteral("%1: %2").arg(name, m_zip ? QString::fromUtf8(zip_strerror(m_zip)) : QCoreApplication::translate("barge::ZipArchive", "not open"));
        return nullptr;
    }
    auto device = std::make_unique<ZipMember>(file);
    device->open(QIODevice::ReadOnly);
    return device;
}

} // namespace barge
