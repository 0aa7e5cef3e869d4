#pragma once
// Profile: a Plan written down as versioned JSON (format "barge-profile", version 1; docs/profiles.md).
// Never holds a password. Relative file paths in endpoint URLs resolve against the profile's folder.
// Loading validates everything and names the JSON path of what is wrong ("tables[2].fields[0].type:
// unknown type 'numbr'"). Stateless and thread safe.

#include "engine/plan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace barge {

class Profile
{
    Q_DECLARE_TR_FUNCTIONS(barge::Profile)

public:
    static constexpr int currentVersion = 1;
    static QString formatName() { return QStringLiteral("barge-profile"); }

    // JSON document for a plan. File endpoints below baseDir are written relative to it.
    static QByteArray toJson(const Plan &plan, const QString &baseDir = QString());
    // A hash of everything a plan says (toJson without paths made relative): tells whether a
    // checkpoint belongs to the profile as loaded.
    static QByteArray hashOf(const Plan &plan);
    // Parses, validates and resolves relative paths against baseDir.
    static bool fromJson(const QByteArray &json, const QString &baseDir, Plan *plan, QString *error);

    static bool save(const Plan &plan, const QString &fileName, QString *error);
    static bool load(const QString &fileName, Plan *plan, QString *error);
};

} // namespace barge
