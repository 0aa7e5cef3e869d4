// libFuzzer target for the profile loader (docs/profiles.md): Profile::fromJson over arbitrary bytes.
// A refused profile must say why. A loaded one must survive saving: toJson, then fromJson again,
// gives an equal Plan, and saving that gives the same bytes ("loading then saving a profile gives
// back the same bytes"). Both with and without a base folder for relative paths.

#include "fuzzcheck.h"

#include "profile/profile.h"

#include <QByteArray>
#include <QString>

using namespace barge;

namespace {

void checkRoundTrip(const QByteArray &json, const QString &baseDir)
{
    Plan plan;
    QString error;
    if (!Profile::fromJson(json, baseDir, &plan, &error)) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("refused without a message"));
        return;
    }
    const QByteArray saved = Profile::toJson(plan, baseDir);
    Plan again;
    const QString context = QStringLiteral("base '%1'\n--- saved:\n%2").arg(baseDir, QString::fromUtf8(saved));
    FUZZ_CHECK(Profile::fromJson(saved, baseDir, &again, &error), context + QStringLiteral("\n--- does not load: ") + error);
    const QByteArray savedAgain = Profile::toJson(again, baseDir);
    FUZZ_CHECK(again == plan, context + QStringLiteral("\n--- loads as another plan, saved:\n") + QString::fromUtf8(savedAgain));
    FUZZ_CHECK(savedAgain == saved, context + QStringLiteral("\n--- saved again:\n") + QString::fromUtf8(savedAgain));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    checkRoundTrip(json, QStringLiteral("/fuzz/profiles"));
    checkRoundTrip(json, QString());
    return 0;
}
