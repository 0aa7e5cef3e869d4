#pragma once
// KindForms: the wizard's form for each kind of source or target, in the order the kind box lists
// them. Each form's file under ui/endpoints/ defines register<Name>Form(), which adds its kinds here;
// the list of names is BARGE_FORMS in ui/CMakeLists.txt, from which the build generates
// registerBuiltinForms(), called the first time the registry is asked.
// GUI thread only.

#include "endpoint/endpointkinds.h"
#include "engine/endpointscanner.h"

#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace barge {

class KindForm;

struct KindFormInfo
{
    EndpointKind kind = EndpointKind::Sqlite;
    // The kind box's text, marked with QT_TRANSLATE_NOOP("barge::KindForms", ...): label() translates it.
    const char *labelText = nullptr;
    QString icon; // a resource: ":/icons/database.svg"
    std::function<KindForm *(EndpointScanner::Role role, QWidget *parent)> create;

    QString label() const;
};

class KindForms
{
public:
    // Called by each form's file while registering (registerBuiltinForms).
    static void add(const KindFormInfo &info);
    static QList<KindFormInfo> all(); // in registration order
};

// Defined by the build (forms.cpp, generated from BARGE_FORMS in ui/CMakeLists.txt): registers the
// form of every kind.
void registerBuiltinForms();

} // namespace barge
