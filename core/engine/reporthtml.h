#pragma once
// ReportHtml: a run's Report as a self-contained HTML page (the wizard's "Save report as HTML").
// In core (engine/, beside Report), plain Qt Core; strings go through tr() in the context
// "ReportHtml", so the page follows the user's language where translations are installed.

#include "engine/report.h"

#include <QCoreApplication>
#include <QString>

namespace barge {

class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString render(const Report &report);
};

} // namespace barge
