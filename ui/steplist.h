#pragma once
// StepList: the wizard's steps down its side (QWizard::setSideWidget), as installers and DBeaver's
// transfer wizard show them: every step on the way from the first page to the report, the current
// one highlighted, the finished ones ticked, the ones ahead greyed. The steps ahead follow the pages'
// own nextId(), so a run being finished (Target straight to Summary) lists no Tables, Columns or
// Options. A finished step is a click (or Enter) away; the wizard decides whether going back is
// allowed (not while a run is going on). GUI thread only.

#include <QListWidget>

class QWizard;

namespace barge {

class StepList : public QListWidget
{
    Q_OBJECT

public:
    explicit StepList(QWizard *wizard);

    // Lists the steps again for the wizard's current page and history.
    void refresh();
    // The short name of a page's step ("Tables"), in the current language.
    static QString stepName(int pageId);

Q_SIGNALS:
    // A finished step was chosen: the wizard goes back to its page.
    void stepChosen(int pageId);

protected:
    // Return and Enter choose the current step here; the wizard must not see them as Next.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(QListWidgetItem *item);

    QWizard *m_wizard;
};

} // namespace barge
