#pragma once
// FilePathEdit: a path line edit with a "Browse…" button that opens the right file dialog and
// starts in the last folder used for the same kind of file (WizardSettings).

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace barge {

class FilePathEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { OpenFile, SaveFile, Folder };

    FilePathEdit(Mode mode, const QString &settingsKey, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    void setMode(Mode mode) { m_mode = mode; }
    void setNameFilter(const QString &filter) { m_filter = filter; }
    void setPlaceholderText(const QString &text);
    // Names both the line edit and the button for screen readers ("Source database file").
    void setAccessibleName(const QString &name);
    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

Q_SIGNALS:
    void pathChanged(const QString &path);

private:
    void browse();

    Mode m_mode;
    QString m_settingsKey;
    QString m_filter;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
};

} // namespace barge
