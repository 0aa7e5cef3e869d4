#include "endpointform.h"

#include "endpoints/csvform.h"
#include "endpoints/kindforms.h"
#include "endpoints/serverform.h"
#include "endpoints/sqliteform.h"
#include "errorcolors.h"
#include "io/backendregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

EndpointForm::EndpointForm(EndpointScanner::Role role, QWidget *parent) : QWidget(parent), m_role(role)
{
    const bool source = role == EndpointScanner::Role::Source;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(source ? tr("Source kind") : tr("Target kind"));
    // The kind box's item i shows the stack's form i: both follow the registry's order.
    const QList<KindFormInfo> kinds = KindForms::all();
    for (const KindFormInfo &kind : kinds) {
        // A kind that is only read (Access) is no target.
        const BackendInfo *backend = BackendRegistry::find(kind.kind);
        if (!backend || (source ? !backend->reads : !backend->writes))
            continue;
        m_kind->addItem(QIcon(kind.icon), kind.label(), kind.kind.id());
        m_forms.append(kind.create(role, this));
    }
    m_stack = new QStackedWidget(this);
    for (KindForm *form : std::as_const(m_forms))
        m_stack->addWidget(form);

    m_test = new QPushButton(QIcon(QStringLiteral(":/icons/plug.svg")), tr("&Test connection"), this);
    m_test->setAccessibleName(tr("Test connection"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contents = new QLabel(this);
    m_contents->setWordWrap(true);
    m_contents->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contents->setAccessibleName(tr("Tables found"));
    m_contents->hide();
    // A file on this machine is opened as soon as it is chosen (its tables are listed, or why it
    // cannot be read is said); a server waits for Test connection, which may ask it for a password.
    m_autoCheck = new QTimer(this);
    m_autoCheck->setSingleShot(true);
    m_autoCheck->setInterval(300);
    connect(m_autoCheck, &QTimer::timeout, this, [this] {
        if (endpoint().isFileBased() && missing().isEmpty() && m_check == CheckState::Unchecked)
            testConnection();
    });
    m_continueAnyway = new QCheckBox(tr("Continue an&yway, without a working connection"), this);
    m_continueAnyway->setAccessibleName(tr("Continue anyway"));
    m_continueAnyway->hide();

    auto *kindRow = new QFormLayout;
    kindRow->setContentsMargins(0, 0, 0, 0);
    kindRow->addRow(source ? tr("&Read from:") : tr("&Write to:"), m_kind);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kindRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(testRow);
    layout->addWidget(m_continueAnyway);
    layout->addWidget(m_contents);
    layout->addStretch(0);
    m_layout = layout;

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EndpointForm::onKindChanged);
    onKindChanged();
    for (KindForm *form : std::as_const(m_forms))
        connect(form, &KindForm::changed, this, &EndpointForm::onChanged);
    connect(m_test, &QPushButton::clicked, this, &EndpointForm::testConnection);
    connect(m_continueAnyway, &QCheckBox::toggled, this, &EndpointForm::changed);
    connect(&m_watcher, &QFutureWatcher<ConnectionCheck>::finished, this, &EndpointForm::showTestResult);
}

void EndpointForm::onKindChanged()
{
    const int current = m_kind->currentIndex();
    m_stack->setCurrentIndex(current);
    // Only a form that grows (the CSV source, with its preview) takes the spare height; the others
    // keep "Test connection" right below them.
    for (int i = 0; i < m_stack->count(); ++i) {
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    const KindForm *form = currentForm();
    const bool grows = form && form->grows();
    m_layout->setStretch(1, grows ? 1 : 0);
    m_layout->setStretch(5, grows ? 0 : 1); // the stretch after the contents list
    m_stack->adjustSize();
    onChanged();
}

void EndpointForm::onChanged()
{
    // A failed check stays in view while the settings are corrected: only a passing test (or
    // "Continue anyway") lets the page go on. A file is checked again by itself.
    const bool file = endpoint().isFileBased();
    if (m_check == CheckState::Failed && file) {
        m_check = CheckState::Unchecked;
        m_continueAnyway->setChecked(false);
        m_continueAnyway->hide();
    }
    if (m_check == CheckState::Failed) {
        m_result->setText(QStringLiteral("✖ ") + m_failure + QLatin1Char(' ')
                          + tr("Click Test connection again to check your changes."));
    } else {
        m_check = CheckState::Unchecked;
        m_result->clear();
        m_result->setStyleSheet(QString());
    }
    m_contents->hide();
    m_contents->clear();
    if (file)
        m_autoCheck->start();
    Q_EMIT changed();
}

bool EndpointForm::blocksNext() const
{
    return m_check == CheckState::Failed && !m_continueAnyway->isChecked();
}

void EndpointForm::showFailure(const QString &message, bool blocking)
{
    setCheck(blocking ? CheckState::Failed : CheckState::Unchecked, message);
    if (!blocking) {
        m_result->setStyleSheet(errorTextStyle(palette()));
        m_result->setText(QStringLiteral("✖ ") + message);
    }
}

void EndpointForm::setCheck(CheckState state, const QString &message)
{
    m_check = state;
    const bool failed = state == CheckState::Failed;
    if (failed) {
        m_failure = message;
        m_continueAnyway->setChecked(false);
    }
    m_continueAnyway->setVisible(failed);
    // The same red as the other inline errors, readable in light and dark palettes.
    m_result->setStyleSheet(failed ? errorTextStyle(palette()) : QString());
    const QString mark = state == CheckState::Passed ? QStringLiteral("✔ ") : failed ? QStringLiteral("✖ ") : QString();
    m_result->setText(mark + message);
    m_result->setAccessibleDescription(message);
    Q_EMIT changed();
}

KindForm *EndpointForm::currentForm() const
{
    return m_forms.value(m_kind->currentIndex());
}

// The registered form of that class (a kind's form, whether shown or not), or nullptr.
template <typename Form>
Form *EndpointForm::firstForm() const
{
    for (KindForm *form : m_forms) {
        if (auto *found = qobject_cast<Form *>(form))
            return found;
    }
    return nullptr;
}

FilePathEdit *EndpointForm::sqlitePath() const
{
    const SqliteForm *form = firstForm<SqliteForm>();
    return form ? form->pathEdit() : nullptr;
}

CsvForm *EndpointForm::csvForm() const
{
    return firstForm<CsvForm>();
}

Endpoint EndpointForm::endpoint() const
{
    const KindForm *form = currentForm();
    return form ? form->endpoint() : Endpoint();
}

void EndpointForm::setEndpoint(const Endpoint &endpoint)
{
    const int index = m_kind->findData(endpoint.kind.id());
    if (KindForm *form = m_forms.value(index))
        form->setEndpoint(endpoint);
    m_kind->setCurrentIndex(index);
    setCheck(CheckState::Unchecked, QString()); // a new endpoint: nothing is known about it yet
}

ServerForm *EndpointForm::serverForm() const
{
    return qobject_cast<ServerForm *>(currentForm());
}

PasswordMemory EndpointForm::passwordMemory() const
{
    const KindForm *form = currentForm();
    return form ? form->passwordMemory() : PasswordMemory::Keep;
}

QString EndpointForm::missing() const
{
    const KindForm *form = currentForm();
    return form ? form->missing() : QString();
}

void EndpointForm::testConnection()
{
    const QString gap = missing();
    if (!gap.isEmpty()) {
        m_result->setText(gap);
        return;
    }
    if (m_watcher.isRunning())
        return;
    // The button stays enabled (a second click is ignored above): disabling it would move the focus
    // on to the wizard's Back button.
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    m_tested = endpoint();
    m_watcher.setFuture(QtConcurrent::run(&EndpointScanner::test, m_tested, m_role));
}

// "Tables (4): customers, order_items, orders, products"; past 40 names, how many more.
void EndpointForm::showContents(const QStringList &tables)
{
    m_contents->setVisible(!tables.isEmpty());
    if (tables.isEmpty()) {
        m_contents->clear();
        return;
    }
    constexpr int listed = 40;
    QString names = QLocale().createSeparatedList(tables.mid(0, listed));
    if (tables.size() > listed)
        names = tr("%1 and %n more", nullptr, int(tables.size() - listed)).arg(tables.mid(0, listed).join(QStringLiteral(", ")));
    m_contents->setText(tr("Tables (%n): %1", nullptr, int(tables.size())).arg(names));
}

void EndpointForm::showTestResult()
{
    const ConnectionCheck check = m_watcher.result();
    if (!(m_tested == endpoint())) {
        // The settings changed while the test ran: its answer is about something no longer shown.
        // A file is simply checked again; a server waits for the click, as it did the first time.
        if (endpoint().isFileBased() && m_check == CheckState::Unchecked) {
            m_autoCheck->start();
            return;
        }
        m_result->setText(tr("The settings changed during the test; click Test connection again."));
        Q_EMIT tested(false);
        return;
    }
    setCheck(check.ok ? CheckState::Passed : CheckState::Failed, check.message);
    showContents(check.ok ? check.tables : QStringList());
    Q_EMIT tested(check.ok);
}

} // namespace barge
