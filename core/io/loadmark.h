#pragma once
// LoadMark: how far one table's load got, as the target committed it. Resumable runs keep one per
// run and table in the target itself (MarkTable::save), written in the same transaction as the
// rows it counts, so the mark and those rows become durable together or not at all.

#include <QtGlobal>

namespace barge {

struct LoadMark
{
    qint64 sourceRows = 0;   // source rows dealt with, in the reader's order: written + rejected
    qint64 written = 0;      // of them, committed in the target
    qint64 rejected = 0;     // of them, recorded in the table's rejects file
    qint64 rejectsBytes = 0; // the rejects file's size once it held those rejected rows

    friend bool operator==(const LoadMark &a, const LoadMark &b)
    {
        return a.sourceRows == b.sourceRows && a.written == b.written && a.rejected == b.rejected
            && a.rejectsBytes == b.rejectsBytes;
    }
};

} // namespace barge
