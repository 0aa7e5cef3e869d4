#include "io/csv/replacementfinder.h"

namespace barge {

namespace {

// Every U+FFFD from `begin` on: once decoder and bytes are out of step, the rest is blamed.
void blame(QStringView decoded, qsizetype begin, QList<qsizetype> &out)
{
    for (qsizetype i = begin; i < decoded.size(); ++i) {
        if (decoded.at(i) == QChar::ReplacementCharacter)
            out.append(i);
    }
}

} // namespace

QList<qsizetype> ReplacementFinder::inUtf16(QStringView decoded, QByteArrayView bytes, bool littleEndian)
{
    QList<qsizetype> out;
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    const qsizetype size = decoded.size();
    // One character per two bytes; a lone last byte is the invalid one.
    if (size != (n + 1) / 2) {
        blame(decoded, 0, out);
        return out;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype at = 2 * i;
        const bool genuine = at + 1 < n
            && (littleEndian ? b[at] == 0xFD && b[at + 1] == 0xFF : b[at] == 0xFF && b[at + 1] == 0xFD);
        if (decoded.at(i) == QChar::ReplacementCharacter && !genuine)
            out.append(i);
    }
    return out;
}

// An ASCII byte decodes to itself and is never part of an invalid sequence, so each run of non-ASCII
// bytes became the run of non-ASCII characters at the same place in the text. Within a run the
// decoder took a valid character where one starts, else one byte for one replacement; should the
// two ever fall out of step, the rest is blamed rather than guessed.
QList<qsizetype> ReplacementFinder::inUtf8(QStringView decoded, QByteArrayView bytes)
{
    QList<qsizetype> out;
    const char16_t *t = decoded.utf16();
    const qsizetype size = decoded.size();
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    qsizetype at = 0;
    while (at < n && i < size) {
        if (b[at] < 0x80) {
            if (t[i] != b[at]) {
                blame(decoded, i, out);
                return out;
            }
            ++at;
            ++i;
            continue;
        }
        qsizetype byteEnd = at;
        while (byteEnd < n && b[byteEnd] >= 0x80)
            ++byteEnd;
        qsizetype charEnd = i;
        while (charEnd < size && t[charEnd] >= 0x80)
            ++charEnd;
        while (at < byteEnd && i < charEnd) {
            const qsizetype length = b[at] >= 0xF0 ? 4 : b[at] >= 0xE0 ? 3 : b[at] >= 0xC2 ? 2 : 0;
            if (length > 0 && at + length <= byteEnd && QByteArrayView(b + at, length).isValidUtf8()) {
                at += length;
                i += length == 4 ? 2 : 1; // beyond the BMP: a surrogate pair
            } else if (t[i] == QChar::ReplacementCharacter) {
                out.append(i);
                ++at;
                ++i;
            } else {
                break;
            }
        }
        if (at != byteEnd || i != charEnd) {
            blame(decoded, i, out);
            return out;
        }
    }
    blame(decoded, i, out);
    return out;
}

} // namespace barge
