#pragma once
// ReportHtml: a run's Report as a self-contained HTML page (the wizard's "Save report as HTML").
// Plain Qt Core; strings go through tr() so the page follows the user's language.

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
