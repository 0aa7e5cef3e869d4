#pragma once
// EncodingDetector: decides how to read a text file that does not say its encoding. A BOM decides;
// else a sample of the first MiB (cut at a line end) that is valid UTF-8 (pure ASCII too) is UTF-8;
// else ICU's charset detector ranks the ASCII-compatible single-byte code pages Barge reads
// (CodePage), with a confidence from 0 to 100. Pure functions; any thread.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace barge {

class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(barge::EncodingDetector)

public:
    // A guess at or above this confidence is taken without asking: the command line reads the file
    // with it (and says so), the wizard preselects it. Below it, the person has to name the encoding.
    // ICU gives 50-60 for a few lines of German, French or Polish text in their code page, 30-45 for
    // Czech or Russian ones, where several pages fit about as well.
    static constexpr int confidentAt = 50;
    static constexpr qsizetype sampleBytes = 1024 * 1024;

    struct Candidate
    {
        QString encoding; // canonical (CodePage::name()): "windows-1252", "ISO-8859-2", "KOI8-R"
        int confidence = 0;
    };

    struct Result
    {
        enum class Basis { Bom, Utf8, Guess };
        Basis basis = Basis::Utf8;
        // Bom: "UTF-8", "UTF-16LE" or "UTF-16BE"; Utf8: "UTF-8"; Guess: the best candidate when it
        // is confident, else empty.
        QString encoding;
        QList<Candidate> candidates; // Guess only: best first
        bool ascii = false;          // Utf8 only: every byte of the sample is ASCII
        bool decided() const { return !encoding.isEmpty(); }
        int confidence() const { return candidates.isEmpty() ? 100 : candidates.first().confidence; }
    };

    // `sample`: the first bytes of the file (at most sampleBytes are looked at). `complete`: the
    // sample is the whole file, so its last line is not cut.
    static Result detect(QByteArrayView sample, bool complete);
    // Reads the first sampleBytes of `path`; nullopt (with *error) when it cannot be read.
    static std::optional<Result> detectFile(const QString &path, QString *error);

    // "windows-1252 (62%), ISO-8859-2 (27%)": the candidates for a message.
    static QString describe(const QList<Candidate> &candidates);
};

} // namespace barge
