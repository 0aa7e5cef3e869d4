#pragma once
// FixedLayoutDialog: the layout editor of a fixed-width file. Its first records under a ruler
// (RecordRuler): click where a column starts, or let it guess from the blank columns, or start from
// a layout file or COBOL copybook; name the columns and, if wanted, give their types; then the
// layout is saved as a JSON layout file (docs/fixed-width.md) that the record-file form uses, so a
// profile can run it again tomorrow. A field the ruler did not move keeps what the layout or
// copybook said of it (a packed decimal stays packed).

#include "endpoint/endpoint.h"
#include "io/fixed/recordlayout.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QPushButton;

namespace barge {

class FilePathEdit;
class RecordRuler;

class FixedLayoutDialog : public QDialog
{
    Q_OBJECT

public:
    // `source`: the form's record file, code page, record format and length, and its layout or
    // copybook if it has one (the editor starts from it).
    explicit FixedLayoutDialog(const Endpoint &source, QWidget *parent = nullptr);

    RecordRuler *ruler() const { return m_ruler; }
    QTableWidget *fieldTable() const { return m_fields; }
    FilePathEdit *saveEdit() const { return m_save; }
    QLabel *messageLabel() const { return m_message; }
    // The layout as it stands: the ruler's fields with the table's names and types.
    RecordLayout layout() const;
    // Starts from a layout file or copybook; false with the reason in the message label.
    bool loadLayout(const QString &path);
    void guessColumns();
    // Where the layout was saved once accepted.
    QString savedPath() const { return m_savedPath; }

    void accept() override;

private:
    void readRecords();
    void syncFromTable();
    void rebuild();
    void fillTable();

    Endpoint m_source;
    QList<QByteArray> m_bytes; // the first records as read
    QStringList m_shown;       // and as shown, a character a byte
    RecordLayout m_layout;     // the fields, rebuilt when the ruler changes
    RecordRuler *m_ruler = nullptr;
    QTableWidget *m_fields = nullptr;
    FilePathEdit *m_save = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_guess = nullptr;
    QString m_savedPath;
};

} // namespace barge
