#pragma once
// StoredZip: writes a zip archive whose members are stored, not deflated, so a test can build a
// workbook part by part from XML it spells out. A member can be given a wrong CRC, as a damaged
// archive has. Header-only; a plain value.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

class StoredZip
{
public:
    void add(const QString &name, const QByteArray &data, bool wrongCrc = false)
    {
        m_members.append(Member{name.toUtf8(), data, crc32(data) ^ (wrongCrc ? 0x5a5a5a5au : 0u)});
    }

    bool write(const QString &path) const
    {
        QByteArray zip;
        QByteArray directory;
        for (const Member &member : m_members) {
            const quint32 offset = quint32(zip.size());
            // Local header: version 2.0, no flags, stored, 1980-01-01 00:00.
            put32(&zip, 0x04034b50);
            put16(&zip, 20);
            put16(&zip, 0);
            put16(&zip, 0);
            put16(&zip, 0);
            put16(&zip, 0x21);
            put32(&zip, member.crc);
            put32(&zip, quint32(member.data.size()));
            put32(&zip, quint32(member.data.size()));
            put16(&zip, quint16(member.name.size()));
            put16(&zip, 0);
            zip += member.name;
            zip += member.data;

            put32(&directory, 0x02014b50);
            put16(&directory, 20);
            put16(&directory, 20);
            put16(&directory, 0);
            put16(&directory, 0);
            put16(&directory, 0);
            put16(&directory, 0x21);
            put32(&directory, member.crc);
            put32(&directory, quint32(member.data.size()));
            put32(&directory, quint32(member.data.size()));
            put16(&directory, quint16(member.name.size()));
            put16(&directory, 0); // extra
            put16(&directory, 0); // comment
            put16(&directory, 0); // disk
            put16(&directory, 0); // internal attributes
            put32(&directory, 0); // external attributes
            put32(&directory, offset);
            directory += member.name;
        }
        const quint32 directoryOffset = quint32(zip.size());
        zip += directory;
        put32(&zip, 0x06054b50);
        put16(&zip, 0);
        put16(&zip, 0);
        put16(&zip, quint16(m_members.size()));
        put16(&zip, quint16(m_members.size()));
        put32(&zip, quint32(directory.size()));
        put32(&zip, directoryOffset);
        put16(&zip, 0);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(zip) == zip.size();
    }

private:
    struct Member
    {
        QByteArray name;
        QByteArray data;
        quint32 crc;
    };

    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xffffffffu;
        for (const char byte : data) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }
    static void put16(QByteArray *out, quint16 value)
    {
        out->append(char(value & 0xff));
        out->append(char(value >> 8));
    }
    static void put32(QByteArray *out, quint32 value)
    {
        put16(out, quint16(value & 0xffff));
        put16(out, quint16(value >> 16));
    }

    QList<Member> m_members;
};
