#pragma once
// CsvForm: a CSV file or a folder of CSV files, and how the files are spelled (delimiter,
// quote, header, encoding, NULL marker) and writes its numbers, dates and yes/no words (FormatBox). As a source it shows a live CsvPreview of the file, or of the
// folder's file the user picks (the first one until then). Registered for EndpointKind::Csv in KindForms.

#include "kindform.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;

namespace barge {

class CsvPreview;
class FilePathEdit;
class FormatBox;

class CsvForm : public KindForm
{
    Q_OBJECT

public:
    explicit CsvForm(bool asSource, QWidget *parent = nullptr);

    Endpoint endpoint() const override;
    void setEndpoint(const Endpoint &endpoint) override;
    QString missing() const override;
    bool grows() const override { return m_asSource; } // the preview takes the spare height
    CsvPreview *preview() const { return m_preview; }

    // The option widgets, for tests and tab order.
    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *quoteBox() const { return m_quote; }
    QCheckBox *headerBox() const { return m_header; }
    QComboBox *encodingBox() const { return m_encoding; }
    QLineEdit *nullEdit() const { return m_null; }
    FormatBox *formatBox() const { return m_formats; }
    FilePathEdit *pathEdit() const { return m_path; }
    // As a source with a folder: which of its .csv files the preview shows.
    QComboBox *previewFileBox() const { return m_previewFile; }

private:
    void updateMode();
    void onChanged();
    void listFolder();
    void showPreview();
    QString previewFile() const;

    bool m_asSource;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_folder = nullptr;
    FilePathEdit *m_path = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_quote = nullptr;
    QCheckBox *m_header = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_null = nullptr;
    FormatBox *m_formats = nullptr;
    CsvPreview *m_preview = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_previewFile = nullptr;
    QString m_listedFolder;
};

} // namespace barge
