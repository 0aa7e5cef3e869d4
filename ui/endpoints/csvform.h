#pragma once
// CsvForm: a CSV file or a folder of CSV files, and how the files are spelled (delimiter,
// quote, header, encoding, NULL marker) and writes its numbers, dates and yes/no words (FormatBox).
// As a source it shows a live CsvPreview of the file, or of the folder's file the user picks (the
// first one until then), and detects that file's encoding on a worker thread (EncodingDetector): a
// file that is not UTF-8 gets a label saying what was found, and a confident guess is preselected
// unless the user or the endpoint chose one. Registered for EndpointKind::Csv in KindForms.

#include "io/encodingdetector.h"
#include "kindform.h"

#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
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
    // "Detected: windows-1252, 62% confident"; hidden for UTF-8 files.
    QLabel *detectedLabel() const { return m_detectedLabel; }
    FilePathEdit *pathEdit() const { return m_path; }
    // As a source with a folder: which of its .csv files the preview shows.
    QComboBox *previewFileBox() const { return m_previewFile; }

private:
    struct Detection
    {
        QString file;
        std::optional<EncodingDetector::Result> result;
    };

    void updateMode();
    void onChanged();
    void listFolder();
    void showPreview();
    QString previewFile() const;
    void detectEncoding();
    void showDetection(const Detection &detection);

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
    QLabel *m_detectedLabel = nullptr;
    QFutureWatcher<Detection> m_detector;
    QString m_detectedFile;          // the file the detection is for (or running for)
    bool m_notUtf8 = false;          // that file is not UTF-8: UTF-8 is then said in the URL
    bool m_encodingChosen = false;   // by the user or the endpoint: detection leaves the box alone
    QString m_proposed;              // the encoding detection put in the box
};

} // namespace barge
