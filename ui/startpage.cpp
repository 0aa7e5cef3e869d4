#include "startpage.h"

#include "demo/demodatabase.h"
#include "profile/profile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace barge {

StartPage::StartPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Welcome to Barge"));
    setSubTitle(tr("Move tables between SQLite, CSV, PostgreSQL and MariaDB. You will see what will be "
                   "written before anything is."));
    m_newMigration = new QRadioButton(tr("&New migration"), this);
    m_fromProfile = new QRadioButton(tr("Open a saved &profile…"), this);
    m_demo = new QRadioButton(tr("Try the &demo shop database"), this);
    m_newMigration->setChecked(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    for (QRadioButton *button : {m_newMigration, m_fromProfile, m_demo})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_newMigration);
    layout->addWidget(m_fromProfile);
    layout->addWidget(m_demo);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_fromProfile, &QRadioButton::clicked, this, &StartPage::chooseProfile);
    connect(m_demo, &QRadioButton::clicked, this, &StartPage::useDemo);
}

void StartPage::chooseProfile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open profile"), QString(),
                                                          tr("Barge profiles (*.barge.json *.json)"));
    if (!fileName.isEmpty())
        loadProfile(fileName);
}

bool StartPage::loadProfile(const QString &fileName)
{
    QString error;
    Plan plan;
    if (!Profile::load(fileName, &plan, &error)) {
        m_status->setText(tr("Could not open the profile: %1").arg(error));
        m_hasPlan = false;
        return false;
    }
    m_plan = plan;
    m_hasPlan = true;
    m_fromProfile->setChecked(true);
    m_status->setText(tr("Profile %1: from %2 to %3, %n table(s).", nullptr, int(plan.tables.size()))
                          .arg(QFileInfo(fileName).fileName(), plan.source.displayName(), plan.target.displayName()));
    return true;
}

void StartPage::useDemo()
{
    QString error;
    const QString path = DemoDatabase::ensureDefault(&error);
    if (path.isEmpty()) {
        m_status->setText(tr("The demo database could not be created: %1").arg(error));
        return;
    }
    m_status->setText(tr("The demo shop database is ready: %1").arg(path));
}

} // namespace barge
