#pragma once
// NoteList: a heading over a list of notes (the plan's warnings) that takes bounded room: as tall
// as its notes up to MaxLines lines of text, then its own scroll bar, so that a long list never
// pushes the page's table off screen. Notes wrap, never cut; Tab reaches the list and the arrow
// keys, Page Up/Down and Ctrl+Home/End move through it. Hidden while it has no notes.

#include <QStringList>
#include <QWidget>

class QLabel;
class QTextEdit;

namespace barge {

class NoteList : public QWidget
{
    Q_OBJECT

public:
    // Lines of text shown before the list scrolls.
    static constexpr int MaxLines = 5;

    explicit NoteList(QWidget *parent = nullptr);

    // Shows `notes` under `heading` (which also names the list for screen readers).
    void setNotes(const QString &heading, const QStringList &notes);
    void clear();
    QStringList notes() const { return m_notes; }
    // The notes, one a line.
    QString text() const { return m_notes.join(QLatin1Char('\n')); }
    QLabel *heading() const { return m_heading; }
    QTextEdit *list() const { return m_list; }

private:
    void fitHeight();

    QLabel *m_heading = nullptr;
    QTextEdit *m_list = nullptr;
    QStringList m_notes;
};

} // namespace barge
