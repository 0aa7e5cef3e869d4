#include "startpage.h"

#include "endpoints/kindforms.h"

#include "demo/demodatabase.h"
#include "endpoint/endpointkinds.h"
#include "engine/checkpoint.h"
#include "migrationsetup.h"
#include "profile/profile.h"
#include "profile/resumepolicy.h"
#include "wizardsettings.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QVBoxLayout>

namespace barge {

StartPage::StartPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Welcome to Barge"));
    // The kinds as registered (core/io/<kind>/), so a new kind is named here without an edit.
    QStringList kinds;
    QStringList endings;
    for (const KindInfo &kind : EndpointKinds::all()) {
        kinds << QCoreApplication::translate("barge::EndpointKinds", kind.label.toUtf8().constData());
        for (const QString &ending : kind.extensions)
            endings << QLatin1Char('.') + ending;
    }
    setSubTitle(tr("Move tables between %1. You will see what will be written before anything is.")
                    .arg(QLocale().createSeparatedList(kinds)));
    m_newMigration = new QRadioButton(tr("New &migration"), this);
    m_fromProfile = new QRadioButton(tr("Open a saved &profile…"), this);
    m_demo = new QRadioButton(tr("Try the &demo shop database"), this);
    m_newMigration->setChecked(true);
    for (QRadioButton *button : {m_newMigration, m_fromProfile, m_demo})
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    m_recentLabel = new QLabel(tr("&Recent profiles (double-click to open):"), this);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent profiles"));
    m_recentLabel->setBuddy(m_recent);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume = new QCheckBox(this);
    m_resume->setAccessibleName(tr("Finish the interrupted run"));
    m_resume->hide();
    auto *hint = new QLabel(tr("Tip: drop a profile or a data file (%1) on this window to start from it.")
                                .arg(QLocale().createSeparatedList(endings)),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_newMigration);
    layout->addWidget(m_fromProfile);
    layout->addWidget(m_demo);
    layout->addSpacing(12);
    layout->addWidget(m_status);
    layout->addWidget(m_resume);
    layout->addSpacing(12);
    layout->addWidget(m_recentLabel);
    layout->addWidget(m_recent, 1);
    layout->addWidget(hint);

    connect(m_newMigration, &QRadioButton::clicked, this, [this] { setChoice(Choice::New); });
    connect(m_fromProfile, &QRadioButton::clicked, this, &StartPage::chooseProfile);
    connect(m_demo, &QRadioButton::clicked, this, &StartPage::useDemo);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { loadProfile(item->data(Qt::UserRole).toString()); });
}

void StartPage::initializePage()
{
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    for (const QString &file : WizardSettings::recentProfiles()) {
        // A profile whose last run was interrupted says so: opening it offers to finish that run.
        const bool interrupted = QFileInfo::exists(Checkpoint::fileFor(file));
        const QString name = QFileInfo(file).fileName();
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/profile.svg")),
                                         interrupted ? tr("%1 (interrupted run: can be finished)").arg(name) : name,
                                         m_recent);
        item->setData(Qt::UserRole, file);
        item->setToolTip(interrupted ? tr("%1: its last run was interrupted; open it to finish that run.").arg(file)
                                     : file);
        if (interrupted)
            item->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    }
    m_recent->setVisible(m_recent->count() > 0);
    m_recentLabel->setVisible(m_recent->count() > 0);
}

void StartPage::setChoice(Choice choice)
{
    m_choice = choice;
    m_ready = choice == Choice::New;
    m_resume->hide();
    if (choice == Choice::New) {
        *m_setup = MigrationSetup();
        m_status->clear();
    }
    Q_EMIT completeChanged();
}

void StartPage::chooseProfile()
{
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open profile"), WizardSettings::lastFolder(QStringLiteral("profile")),
                                                          tr("Barge profiles (*.barge.json *.json)"));
    if (!fileName.isEmpty())
        loadProfile(fileName);
    else if (!m_ready)
        m_status->setText(tr("Choose a profile file to continue."));
}

bool StartPage::loadProfile(const QString &fileName)
{
    QString error;
    Plan plan;
    m_fromProfile->setChecked(true);
    m_choice = Choice::Profile;
    if (!Profile::load(fileName, &plan, &error)) {
        m_status->setText(tr("Could not open the profile: %1").arg(error));
        m_ready = false;
        Q_EMIT completeChanged();
        return false;
    }
    m_setup->loadPlan(plan, fileName);
    WizardSettings::addRecentProfile(fileName);
    m_ready = true;
    QString status = tr("Profile %1: from %2 to %3, %n table(s). Click Next to check each step.", nullptr,
                        int(plan.tables.size()))
                         .arg(QFileInfo(fileName).fileName(), plan.source.displayName(), plan.target.displayName());
    const std::optional<Checkpoint> &unfinished = m_setup->unfinished;
    const bool resumable = unfinished && ResumePolicy::canFinish(*unfinished, m_setup->profileHash);
    if (unfinished && !resumable) {
        status += QLatin1Char(' ')
            + tr("An interrupted run of this profile exists, but the profile has changed since it started, so that "
                 "run cannot be finished; a new run starts over.");
    }
    if (resumable) {
        m_resume->setText(tr("&Finish its interrupted run (started %1, %2 of %3 table(s) done): no row is copied twice")
                              .arg(QLocale().toString(unfinished->started.toLocalTime(), QLocale::ShortFormat))
                              .arg(unfinished->doneCount()).arg(unfinished->tables.size()));
        m_resume->setChecked(true);
    }
    m_resume->setVisible(resumable);
    m_status->setText(status);
    Q_EMIT completeChanged();
    return true;
}

bool StartPage::useDemo()
{
    m_demo->setChecked(true);
    m_choice = Choice::Demo;
    m_ready = false;
    QString error;
    const QString path = DemoDatabase::ensureDefault(&error);
    if (path.isEmpty()) {
        m_status->setText(tr("The demo database could not be created: %1").arg(error));
        Q_EMIT completeChanged();
        return false;
    }
    // A fresh copy each time, so a second demo run does not append to the first one's tables.
    const QDir folder = QFileInfo(path).dir();
    QString target = folder.filePath(QStringLiteral("shop-copy.db"));
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder.filePath(QStringLiteral("shop-copy-%1.db").arg(n));
    *m_setup = MigrationSetup();
    m_setup->plan.source.kind = EndpointKind::Sqlite;
    m_setup->plan.source.scheme = QStringLiteral("sqlite");
    m_setup->plan.source.path = path;
    m_setup->plan.target = m_setup->plan.source;
    m_setup->plan.target.path = target;
    m_setup->plan.options.rejectsDir = folder.filePath(QStringLiteral("rejects"));
    m_ready = true;
    m_status->setText(tr("The demo shop database is ready: %1. Barge will copy it into %2.").arg(path, target));
    Q_EMIT completeChanged();
    return true;
}

void StartPage::useSourceFile(const QString &fileName)
{
    setChoice(Choice::New);
    m_newMigration->setChecked(true);
    Endpoint &source = m_setup->plan.source;
    // The kind whose files end that way and that the wizard has a form for; anything else is tried
    // as a SQLite database.
    const KindInfo *kind = EndpointKinds::findFile(fileName);
    const QList<KindFormInfo> forms = KindForms::all();
    const bool hasForm = kind && std::any_of(forms.cbegin(), forms.cend(), [kind](const KindFormInfo &form) {
        return form.kind == kind->kind;
    });
    source.kind = hasForm ? kind->kind : EndpointKind::Sqlite;
    source.scheme = source.kind.id();
    source.path = QFileInfo(fileName).absoluteFilePath();
    m_status->setText(tr("New migration from %1.").arg(QFileInfo(fileName).fileName()));
}

bool StartPage::isComplete() const
{
    return m_ready;
}

bool StartPage::validatePage()
{
    if (!m_ready)
        return false;
    m_setup->resume = m_choice == Choice::Profile && m_resume->isVisible() && m_resume->isChecked();
    if (m_setup->resume) {
        // The run is finished as it was started: the checkpoint's plan, not the profile's again.
        Plan started;
        QString error;
        if (!ResumePolicy::startedPlan(*m_setup->unfinished, m_setup->plan, &started, &error)) {
            m_status->setText(tr("The interrupted run cannot be finished: %1").arg(error));
            return false;
        }
        m_setup->plan = started;
    }
    return true;
}

} // namespace barge
