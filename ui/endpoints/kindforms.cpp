#include "kindforms.h"

#include <QCoreApplication>

namespace barge {

namespace {

QList<KindFormInfo> &registered()
{
    static QList<KindFormInfo> forms;
    return forms;
}

} // namespace

QString KindFormInfo::label() const
{
    // Translated when asked, not when registered: the translator may be installed after that.
    return QCoreApplication::translate("barge::KindForms", labelText);
}

void KindForms::add(const KindFormInfo &info)
{
    registered().append(info);
}

QList<KindFormInfo> KindForms::all()
{
    static const bool filled = [] {
        registerBuiltinForms();
        return true;
    }();
    Q_UNUSED(filled);
    return registered();
}

} // namespace barge
