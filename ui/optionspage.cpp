#include "optionspage.h"

#include "filepathedit.h"
#include "migrationsetup.h"

#include "engine/rangesplit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace barge {

OptionsPage::OptionsPage(MigrationSetup *setup, QWidget *parent) : QWizardPage(parent), m_setup(setup)
{
    setTitle(tr("Options"));
    setSubTitle(tr("How the rows are written. The defaults suit most migrations."));
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, 10000000);
    m_batch->setSingleStep(1000);
    m_batch->setGroupSeparatorShown(true);
    m_batch->setSuffix(tr(" row(s)", nullptr, m_batch->value()));
    m_batch->setAccessibleName(tr("Rows per commit"));
    m_onError = new QComboBox(this);
    m_onError->addItem(tr("Stop the table at the first bad row"), int(OnError::Abort));
    m_onError->addItem(tr("Skip bad rows and write them to a rejects file"), int(OnError::Skip));
    m_onError->setAccessibleName(tr("When a row cannot be written"));
    m_rejects = new FilePathEdit(FilePathEdit::Mode::Folder, QStringLiteral("rejects"), this);
    m_rejects->setAccessibleName(tr("Rejects folder"));
    m_rejects->setPlaceholderText(tr("folder for <table>.rejects.csv files"));
    m_jobs = new QSpinBox(this);
    m_jobs->setRange(1, std::max(1, QThread::idealThreadCount()) * 2);
    m_jobs->setAccessibleName(tr("Tables in parallel"));
    // The same words as `barge --help` and the README use for --verify.
    m_verify = new QCheckBox(tr("&Verify: compare each table's target with the source: counts, then contents"), this);
    m_verify->setAccessibleName(tr("Verify: compare each table's target with the source"));
    // Big tables in key ranges (RangeSplit), the same choices as --ranges.
    m_ranges = new QComboBox(this);
    m_ranges->addItem(tr("Automatic: tables over %1 rows, with 2 or more in parallel")
                          .arg(QLocale().toString(MigrationOptions::autoSplitAbove)),
                      -1);
    m_ranges->addItem(tr("Off: every table in one stream"), 0);
    m_ranges->addItem(tr("Tables with an integer key and CSV files, in ranges of:"), 1);
    m_ranges->setAccessibleName(tr("Split big tables into key ranges"));
    m_ranges->setToolTip(tr("A big table with an integer key loads as key ranges side by side, each through its own "
                            "connection and each resumed on its own after a crash; a big CSV file, in parts split at record "
                            "boundaries. Automatic: about %1 rows per range, "
                            "into PostgreSQL or MariaDB.")
                             .arg(QLocale().toString(MigrationOptions::autoRangeRows)));
    // Long choices must not widen the wizard: the box shows what fits and the list shows all.
    m_ranges->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ranges->setMinimumContentsLength(24);
    m_rangeRows = new QSpinBox(this);
    m_rangeRows->setRange(int(RangeSplit::minRangeRows), int(RangeSplit::maxRangeRows));
    m_rangeRows->setSingleStep(100000);
    m_rangeRows->setGroupSeparatorShown(true);
    m_rangeRows->setValue(int(MigrationOptions::autoRangeRows));
    m_rangeRows->setSuffix(tr(" row(s)", nullptr, m_rangeRows->value()));
    m_rangeRows->setAccessibleName(tr("Rows per key range"));
    auto *ranges = new QHBoxLayout;
    ranges->setContentsMargins(0, 0, 0, 0);
    ranges->addWidget(m_ranges, 1);
    ranges->addWidget(m_rangeRows);
    // The same as barge run PROFILE --worker, kept in the profile.
    m_workers = new QCheckBox(tr("&Share runs with other machines: each runs this profile with barge run PROFILE"), this);
    m_workers->setAccessibleName(tr("Share runs with other machines (workers)"));
    m_workers->setToolTip(tr("Any number of barge run processes, here or on other machines, share the run of the saved "
                             "profile: each claims tables and key ranges through the target and takes over the work of "
                             "one that stopped. Into PostgreSQL or MariaDB."));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Commit every:"), m_batch);
    form->addRow(tr("When a row &fails:"), m_onError);
    form->addRow(tr("&Rejects folder:"), m_rejects);
    form->addRow(tr("Tables in &parallel:"), m_jobs);
    auto *rangesLabel = new QLabel(tr("Key ran&ges:"), this);
    rangesLabel->setBuddy(m_ranges);
    form->addRow(rangesLabel, ranges);
    form->addRow(QString(), m_workers);
    form->addRow(QString(), m_verify);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_note);
    setTabOrder(m_batch, m_onError);
    setTabOrder(m_onError, m_rejects->lineEdit());
    setTabOrder(m_rejects->lineEdit(), m_rejects->browseButton());
    setTabOrder(m_rejects->browseButton(), m_jobs);
    setTabOrder(m_jobs, m_ranges);
    setTabOrder(m_ranges, m_rangeRows);
    setTabOrder(m_rangeRows, m_workers);
    setTabOrder(m_workers, m_verify);

    connect(m_batch, &QSpinBox::valueChanged, this,
            [this](int rows) { m_batch->setSuffix(tr(" row(s)", nullptr, rows)); });
    connect(m_rangeRows, &QSpinBox::valueChanged, this,
            [this](int rows) { m_rangeRows->setSuffix(tr(" row(s)", nullptr, rows)); });
    connect(m_ranges, &QComboBox::currentIndexChanged, this, &OptionsPage::updateState);
    connect(m_onError, &QComboBox::currentIndexChanged, this, &OptionsPage::updateState);
    connect(m_rejects, &FilePathEdit::pathChanged, this, &OptionsPage::updateState);
}

void OptionsPage::initializePage()
{
    const MigrationOptions &options = m_setup->plan.options;
    m_batch->setValue(options.batchSize);
    m_onError->setCurrentIndex(m_onError->findData(int(options.onError)));
    QString rejects = options.rejectsDir;
    if (rejects.isEmpty() && m_setup->plan.target.isFileBased() && !m_setup->plan.target.path.isEmpty()) {
        const QFileInfo target(m_setup->plan.target.path);
        const QDir folder = m_setup->plan.target.folder ? QDir(target.absoluteFilePath()) : target.absoluteDir();
        rejects = folder.filePath(QStringLiteral("rejects"));
    }
    m_rejects->setPath(rejects);
    m_jobs->setValue(options.jobs);
    m_ranges->setCurrentIndex(m_ranges->findData(options.rangeRows > 0 ? 1 : int(options.rangeRows)));
    if (options.rangeRows > 0)
        m_rangeRows->setValue(int(std::clamp<qint64>(options.rangeRows, RangeSplit::minRangeRows, RangeSplit::maxRangeRows)));
    m_verify->setChecked(options.verify);
    // Workers share a run through a database server: not through a file.
    const Dialect target = m_setup->plan.target.dialect();
    m_workers->setEnabled(target == Dialect::Postgres || target == Dialect::MySql);
    m_workers->setChecked(options.worker && m_workers->isEnabled());
    updateState();
}

void OptionsPage::updateState()
{
    const bool skip = m_onError->currentData().toInt() == int(OnError::Skip);
    m_rejects->setEnabled(skip);
    m_rangeRows->setEnabled(m_ranges->currentData().toInt() > 0);
    m_note->setText(skip && m_rejects->path().isEmpty() ? tr("To continue: choose a folder for the rejected rows.")
                                                        : QString());
    Q_EMIT completeChanged();
}

bool OptionsPage::isComplete() const
{
    return m_onError->currentData().toInt() != int(OnError::Skip) || !m_rejects->path().isEmpty();
}

void OptionsPage::store()
{
    MigrationOptions &options = m_setup->plan.options;
    options.batchSize = m_batch->value();
    options.onError = OnError(m_onError->currentData().toInt());
    options.rejectsDir = m_rejects->path();
    options.jobs = m_jobs->value();
    const int ranges = m_ranges->currentData().toInt();
    options.rangeRows = ranges > 0 ? m_rangeRows->value() : ranges;
    options.verify = m_verify->isChecked();
    options.worker = m_workers->isEnabled() && m_workers->isChecked();
}

void OptionsPage::cleanupPage()
{
    store();
}

bool OptionsPage::validatePage()
{
    store();
    return true;
}

} // namespace barge
