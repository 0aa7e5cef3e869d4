#pragma once
// FormatBox: how a text file writes numbers, dates and yes/no words (LocalFormat's options:
// decimal, thousands, minus, date, bool), as three choices and a proposal to confirm. As a source it
// shows what LocalFormatGuess proposes from the file ("This file looks German: 1.234,56 ·
// 31.12.2023 · ja/nein") with one button that takes it: the user's confirmation, which then lives
// in the endpoint's options and so in the profile. Options it has no control for (locale, currency,
// percent, time, pivot) are kept as they came.

#include "schema/localformatguess.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;

namespace barge {

class FormatBox : public QWidget
{
    Q_OBJECT

public:
    explicit FormatBox(bool asSource, QWidget *parent = nullptr);

    // Writes the chosen options into `options` (and removes the format options not chosen).
    void apply(QMap<QString, QString> *options) const;
    void setOptions(const QMap<QString, QString> &options);
    // What the file's values suggest; shown until taken or when it says nothing new.
    void setProposal(const FormatProposal &proposal);

    QComboBox *numbersBox() const { return m_numbers; }
    QCheckBox *trailingMinusBox() const { return m_trailingMinus; }
    QComboBox *datesBox() const { return m_dates; }
    QComboBox *wordsBox() const { return m_words; }
    QPushButton *useButton() const { return m_use; }
    QLabel *proposalLabel() const { return m_proposalText; }
    bool proposalShown() const;

Q_SIGNALS:
    void changed();

private:
    void takeProposal();
    void updateBanner();

    QComboBox *m_numbers = nullptr;
    QCheckBox *m_trailingMinus = nullptr;
    QComboBox *m_dates = nullptr;
    QComboBox *m_words = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_proposalText = nullptr;
    QPushButton *m_use = nullptr;
    FormatProposal m_proposal;
    bool m_taken = false; // the user took this proposal: it is not offered again
    QMap<QString, QString> m_kept; // options without a control here
};

} // namespace barge
