#include "io/encodingdetector.h"

#include "io/codepage.h"

#include <QFile>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace barge {

namespace {

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

// The sample up to its last line end, so that a character cut by the sample's size neither makes
// UTF-8 look invalid nor skews the guess. A sample without one is only trimmed of a cut UTF-8 tail.
QByteArrayView wholeLines(QByteArrayView sample, bool complete)
{
    if (complete)
        return sample;
    const qsizetype lineEnd = std::max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'));
    if (lineEnd > 0)
        return sample.first(lineEnd + 1);
    for (qsizetype back = 1; back <= 3 && back <= sample.size(); ++back) {
        const uchar b = uchar(sample.at(sample.size() - back));
        if ((b & 0xC0) == 0xC0)
            return sample.first(sample.size() - back);
        if ((b & 0xC0) != 0x80)
            break;
    }
    return sample;
}

// ICU names what it recognised; Barge reads ASCII-compatible single-byte pages. ICU says ISO-8859-1
// for Western text without bytes 0x80..0x9F; windows-1252 reads those bytes the same and the rest
// as Windows writes them, so it is what Barge proposes.
std::optional<QString> readable(const char *icuName)
{
    const std::optional<CodePage> page = CodePage::find(QString::fromLatin1(icuName));
    if (!page || !page->asciiCompatible())
        return std::nullopt;
    return page->name() == QLatin1String("ISO-8859-1") ? QStringLiteral("windows-1252") : page->name();
}

QList<EncodingDetector::Candidate> guess(QByteArrayView text)
{
    QList<EncodingDetector::Candidate> candidates;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), text.data(), int32_t(std::min<qsizetype>(text.size(), INT32_MAX)), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return candidates;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &matchStatus);
        const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        const std::optional<QString> encoding = name && U_SUCCESS(matchStatus) ? readable(name) : std::nullopt;
        if (!encoding || confidence <= 0)
            continue;
        const bool seen = std::any_of(candidates.cbegin(), candidates.cend(),
                                      [&](const EncodingDetector::Candidate &c) { return c.encoding == *encoding; });
        if (!seen) // ICU ranks best first, so the first of a name has its highest confidence
            candidates.append({*encoding, confidence});
    }
    return candidates;
}

} // namespace

EncodingDetector::Result EncodingDetector::detect(QByteArrayView sample, bool complete)
{
    Result result;
    if (sample.startsWith("\xEF\xBB\xBF") || sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF")) {
        result.basis = Result::Basis::Bom;
        result.encoding = sample.startsWith("\xEF\xBB\xBF") ? QStringLiteral("UTF-8")
                        : sample.startsWith("\xFF\xFE")     ? QStringLiteral("UTF-16LE")
                                                            : QStringLiteral("UTF-16BE");
        return result;
    }
    const bool cut = !complete || sample.size() > sampleBytes;
    const QByteArrayView text = wholeLines(sample.first(std::min(sample.size(), sampleBytes)), !cut);
    if (text.isValidUtf8()) {
        result.basis = Result::Basis::Utf8;
        result.encoding = QStringLiteral("UTF-8");
        result.ascii = std::all_of(text.begin(), text.end(), [](char c) { return uchar(c) < 0x80; });
        return result;
    }
    result.basis = Result::Basis::Guess;
    result.candidates = guess(text);
    if (!result.candidates.isEmpty() && result.candidates.first().confidence >= confidentAt)
        result.encoding = result.candidates.first().encoding;
    return result;
}

std::optional<EncodingDetector::Result> EncodingDetector::detectFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray sample = file.read(sampleBytes);
    return detect(sample, file.atEnd());
}

QString EncodingDetector::describe(const QList<Candidate> &candidates)
{
    QStringList parts;
    for (const Candidate &candidate : candidates)
        parts << tr("%1 (%2%)").arg(candidate.encoding).arg(candidate.confidence);
    return parts.join(QLatin1String(", "));
}

} // namespace barge
