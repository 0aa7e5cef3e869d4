#include "notelist.h"

#include <QAbstractTextDocumentLayout>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextEdit>
#include <QTextList>
#include <QVBoxLayout>

#include <cmath>

namespace barge {

NoteList::NoteList(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list = new QTextEdit(this);
    m_list->setReadOnly(true);
    // A caret, so that the keyboard can move through (and select from) a list longer than its room.
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setFocusPolicy(Qt::StrongFocus);
    m_list->setTabChangesFocus(true);
    m_list->setLineWrapMode(QTextEdit::WidgetWidth);
    m_list->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long name breaks, not cut
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);

    // The document is laid out again whenever the list's width (or font) changes: follow its height.
    connect(m_list->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &NoteList::fitHeight);
    hide();
}

void NoteList::setNotes(const QString &heading, const QStringList &notes)
{
    m_notes = notes;
    m_heading->setText(heading);
    m_list->setAccessibleName(heading);
    m_list->clear();
    QTextCursor cursor(m_list->document());
    QTextListFormat bullets;
    bullets.setStyle(QTextListFormat::ListDisc);
    bullets.setIndent(1);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (i == 0)
            cursor.createList(bullets); // the document's first block, not one after it
        else
            cursor.insertBlock(); // stays in the list
        cursor.insertText(notes.at(i));
    }
    m_list->moveCursor(QTextCursor::Start);
    setVisible(!notes.isEmpty());
    fitHeight();
}

void NoteList::clear()
{
    setNotes(QString(), QStringList());
}

void NoteList::fitHeight()
{
    // As tall as the notes; when they take more than MaxLines lines, as tall as the first MaxLines
    // (whole lines: a half-shown one reads as cut off), and the scroll bar says there is more.
    QTextDocument *document = m_list->document();
    qreal height = document->size().height(); // lays the document out, if it was not yet
    int lines = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        if (lines == MaxLines) {
            height = text->position().y();
            break;
        }
        if (lines + text->lineCount() > MaxLines) {
            height = text->position().y() + text->lineAt(MaxLines - lines - 1).rect().bottom();
            break;
        }
        lines += text->lineCount();
    }
    m_list->setFixedHeight(int(std::ceil(height)) + 2 * m_list->frameWidth());
}

} // namespace barge
