#pragma once
// ZipArchive: reads the members of a zip file (an .xlsx workbook is one) through libzip, each as a
// QIODevice that inflates as it is read, so a sheet's XML is streamed and never held whole. A
// member whose data is damaged fails its read with libzip's reason (bad CRC, truncated, ...).
// One archive and its devices belong to one thread.

#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace barge {

// One member being read: inflates as it is read, and counts the bytes it gave out.
class ZipMember : public QIODevice
{
public:
    explicit ZipMember(struct zip_file *file);
    ~ZipMember() override;

    bool isSequential() const override { return true; }
    qint64 inflated() const { return m_inflated; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct zip_file *m_file;
    qint64 m_inflated = 0;
};

class ZipArchive
{
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False with *error when the file is missing or not a zip archive ("not a zip archive").
    bool open(const QString &path, QString *error);
    bool contains(const QString &member) const;
    // The member's inflated size; -1 when unknown.
    qint64 size(const QString &member) const;
    // A device reading the member, open for reading; null with *error when it is missing or cannot be
    // opened. The device must not outlive the archive.
    std::unique_ptr<ZipMember> member(const QString &name, QString *error) const;

private:
    struct zip *m_zip = nullptr;
};

} // namespace barge
