#include "formatbox.h"

#include "schema/localformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace barge {

namespace {

// decimal|thousands for each numbers choice; empty = canonical (1234.56).
QString numbersKey(const QString &decimal, const QString &thousands)
{
    return decimal.isEmpty() ? QString() : decimal + u'|' + thousands;
}

} // namespace

FormatBox::FormatBox(bool asSource, QWidget *parent) : QWidget(parent)
{
    m_numbers = new QComboBox(this);
    m_numbers->addItem(tr("1234.56 (as in code)"), QString());
    m_numbers->addItem(QStringLiteral("1.234,56"), numbersKey(QStringLiteral(","), QStringLiteral(".")));
    m_numbers->addItem(QStringLiteral("1,234.56"), numbersKey(QStringLiteral("."), QStringLiteral(",")));
    m_numbers->addItem(QStringLiteral("1 234,56"), numbersKey(QStringLiteral(","), QStringLiteral("space")));
    m_numbers->addItem(QStringLiteral("1'234.56"), numbersKey(QStringLiteral("."), QStringLiteral("'")));
    m_numbers->addItem(tr("1234,56 (no thousands)"), numbersKey(QStringLiteral(","), QStringLiteral("none")));
    m_trailingMinus = new QCheckBox(tr("17,50&-"), this);
    m_trailingMinus->setToolTip(tr("Read a minus sign after the number, as old exports write it"));
    m_dates = new QComboBox(this);
    m_dates->setEditable(true);
    m_dates->addItem(QString());
    for (const char *pattern : {"dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd", "d. MMMM yyyy", "dd.MM.yy"})
        m_dates->addItem(QLatin1String(pattern));
    m_dates->lineEdit()->setPlaceholderText(tr("2023-12-31 (as in code)"));
    m_words = new QComboBox(this);
    m_words->setEditable(true);
    m_words->addItem(QString());
    for (const char *words : {"ja/nein", "yes/no", "oui/non", "sí/no", "J/N", "Y/N", "1/0"})
        m_words->addItem(QString::fromUtf8(words));
    m_words->lineEdit()->setPlaceholderText(tr("true/false"));
    for (QComboBox *box : {m_dates, m_words}) {
        box->setMinimumContentsLength(14);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_numbers->setAccessibleName(tr("How numbers are written"));
    m_trailingMinus->setAccessibleName(tr("Minus sign after the number"));
    m_dates->setAccessibleName(tr("Date pattern"));
    m_words->setAccessibleName(tr("Words for yes and no"));

    // Two rows rather than one: in German the four choices side by side made the wizard 1,250 px wide.
    auto *choices = new QGridLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    auto *numbersLabel = new QLabel(tr("N&umbers:"), this);
    numbersLabel->setBuddy(m_numbers);
    auto *datesLabel = new QLabel(tr("D&ates:"), this);
    datesLabel->setBuddy(m_dates);
    auto *wordsLabel = new QLabel(tr("&Yes/no:"), this);
    wordsLabel->setBuddy(m_words);
    choices->addWidget(numbersLabel, 0, 0);
    choices->addWidget(m_numbers, 0, 1);
    choices->addWidget(m_trailingMinus, 0, 2, 1, 2);
    choices->addWidget(datesLabel, 1, 0);
    choices->addWidget(m_dates, 1, 1);
    choices->addWidget(wordsLabel, 1, 2);
    choices->addWidget(m_words, 1, 3);
    choices->setColumnStretch(4, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (asSource) {
        m_banner = new QFrame(this);
        m_banner->setFrameShape(QFrame::StyledPanel);
        m_banner->setAutoFillBackground(true);
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
        m_banner->setPalette(palette);
        m_proposalText = new QLabel(m_banner);
        m_proposalText->setWordWrap(true);
        m_use = new QPushButton(tr("&Read them so"), m_banner);
        m_use->setAccessibleName(tr("Use the proposed formats"));
        auto *bannerLayout = new QHBoxLayout(m_banner);
        bannerLayout->setContentsMargins(6, 4, 6, 4);
        bannerLayout->addWidget(m_proposalText, 1);
        bannerLayout->addWidget(m_use);
        m_banner->hide();
        layout->addWidget(m_banner);
        connect(m_use, &QPushButton::clicked, this, &FormatBox::takeProposal);
    }
    layout->addLayout(choices);

    for (QComboBox *box : {m_numbers, m_dates, m_words}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] { updateBanner(); Q_EMIT changed(); });
        if (box->isEditable())
            connect(box, &QComboBox::editTextChanged, this, [this] { updateBanner(); Q_EMIT changed(); });
    }
    connect(m_trailingMinus, &QCheckBox::toggled, this, [this] { updateBanner(); Q_EMIT changed(); });
}

void FormatBox::apply(QMap<QString, QString> *options) const
{
    for (const QString &name : {FormatOption::decimal, FormatOption::thousands, FormatOption::minus,
                                FormatOption::date, FormatOption::boolean})
        options->remove(name);
    for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it)
        options->insert(it.key(), it.value());
    const QString numbers = m_numbers->currentData().toString();
    if (!numbers.isEmpty()) {
        options->insert(FormatOption::decimal, numbers.section(u'|', 0, 0));
        options->insert(FormatOption::thousands, numbers.section(u'|', 1));
    }
    if (m_trailingMinus->isChecked())
        options->insert(FormatOption::minus, QStringLiteral("trailing"));
    if (!m_dates->currentText().trimmed().isEmpty())
        options->insert(FormatOption::date, m_dates->currentText().trimmed());
    if (!m_words->currentText().trimmed().isEmpty())
        options->insert(FormatOption::boolean, m_words->currentText().trimmed());
}

void FormatBox::setOptions(const QMap<QString, QString> &options)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_numbers), QSignalBlocker(m_dates), QSignalBlocker(m_words),
                                       QSignalBlocker(m_trailingMinus)};
    m_kept.clear();
    for (const QString &name : {FormatOption::locale, FormatOption::currency, FormatOption::percent,
                                FormatOption::time, FormatOption::pivot}) {
        if (options.contains(name))
            m_kept.insert(name, options.value(name));
    }
    const QString decimal = options.value(FormatOption::decimal);
    QString thousands = options.value(FormatOption::thousands);
    if (!decimal.isEmpty() && thousands.isEmpty())
        thousands = decimal == QLatin1String(",") ? QStringLiteral(".") : QStringLiteral(",");
    const int index = m_numbers->findData(numbersKey(decimal, thousands));
    if (index < 0 && !decimal.isEmpty()) {
        // A spelling the box has no item for (thousands=dot): an item of its own, kept as given.
        m_numbers->addItem(decimal + QStringLiteral(" / ") + thousands, numbersKey(decimal, thousands));
        m_numbers->setCurrentIndex(m_numbers->count() - 1);
    } else {
        m_numbers->setCurrentIndex(std::max(0, index));
    }
    m_trailingMinus->setChecked(options.value(FormatOption::minus).compare(QLatin1String("trailing"), Qt::CaseInsensitive) == 0);
    m_dates->setEditText(options.value(FormatOption::date));
    m_words->setEditText(options.value(FormatOption::boolean));
    updateBanner();
}

void FormatBox::setProposal(const FormatProposal &proposal)
{
    if (proposal.options != m_proposal.options)
        m_taken = false;
    m_proposal = proposal;
    if (!m_banner)
        return;
    QString text = tr("This file looks written with local formats: %1.").arg(proposal.evidence.join(QStringLiteral(u" \u00B7 ")));
    if (proposal.dateAlternatives.size() > 1)
        text += u' ' + tr("The dates do not tell whether the day or the month comes first: check the date pattern.");
    m_proposalText->setText(text);
    // The alternatives head the date list, so the question has its answers at hand.
    for (const QString &pattern : proposal.dateAlternatives) {
        if (m_dates->findText(pattern) < 0) {
            const QSignalBlocker blocker(m_dates);
            m_dates->insertItem(1, pattern);
        }
    }
    updateBanner();
}

bool FormatBox::proposalShown() const
{
    return m_banner && !m_banner->isHidden();
}

void FormatBox::takeProposal()
{
    QMap<QString, QString> options;
    apply(&options);
    for (auto it = m_proposal.options.cbegin(); it != m_proposal.options.cend(); ++it)
        options.insert(it.key(), it.value());
    setOptions(options);
    m_taken = true;
    updateBanner();
    Q_EMIT changed();
}

// Shown while the proposal would change something.
void FormatBox::updateBanner()
{
    if (!m_banner)
        return;
    QMap<QString, QString> current;
    apply(&current);
    bool news = false;
    for (auto it = m_proposal.options.cbegin(); it != m_proposal.options.cend(); ++it)
        news = news || current.value(it.key()) != it.value();
    m_banner->setVisible(!m_proposal.isEmpty() && news && !m_taken);
}

} // namespace barge
