#pragma once
// KindForm: the settings of one kind of source or target (a SQLite file, CSV, a server), one of the
// forms an EndpointForm stacks and shows for the kind picked in its kind box. Each kind registers
// how to make its form in KindForms (kindforms.h), next to it in ui/endpoints/.
// GUI thread only; owned by its parent widget like any QWidget.

#include "endpoint/endpoint.h"
#include "passwordmemory.h"

#include <QWidget>

namespace barge {

class KindForm : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual Endpoint endpoint() const = 0;
    virtual void setEndpoint(const Endpoint &endpoint) = 0;
    // Empty when the form is complete, else a sentence saying what is missing.
    virtual QString missing() const = 0;
    // What to do with the password in the system keychain; Keep for files.
    virtual PasswordMemory passwordMemory() const { return PasswordMemory::Keep; }
    // Whether the form takes the page's spare height (the CSV source, with its preview); the others
    // keep "Test connection" right below them.
    virtual bool grows() const { return false; }

Q_SIGNALS:
    void changed();
};

} // namespace barge
