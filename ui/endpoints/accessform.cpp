#include "accessform.h"

#include "filepathedit.h"
#include "io/access/accesskind.h"
#include "io/backend.h"
#include "io/introspector.h"
#include "io/rowreader.h"
#include "kindforms.h"
#include "recordpreview.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace barge {

namespace {

constexpr int previewRows = 20;

QString shown(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QCoreApplication::translate("barge::AccessForm", "%n byte(s)", nullptr, int(value.toByteArray().size()));
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

AccessSample AccessSample::read(const Endpoint &endpoint, const QString &table, int maxRows, int generation)
{
    AccessSample sample;
    sample.generation = generation;
    std::unique_ptr<Introspector> introspector = Backend::introspector(endpoint, false);
    if (!introspector->open(&sample.error))
        return sample;
    sample.tables = introspector->tableNames(&sample.error);
    if (sample.tables.isEmpty()) {
        if (sample.error.isEmpty())
            sample.error = QCoreApplication::translate("barge::AccessForm", "The database has no tables of its own.");
        return sample;
    }
    sample.table = sample.tables.contains(table) ? table : sample.tables.first();
    const std::optional<TableSchema> schema = introspector->table(sample.table, &sample.error);
    if (!schema)
        return sample;
    for (const ColumnSchema &column : schema->columns) {
        sample.columns << column.name;
        sample.types << column.type.toString();
    }
    std::unique_ptr<RowReader> reader = Backend::reader(endpoint, sample.table);
    if (!reader->open(&sample.error))
        return sample;
    RowBatch batch;
    while (batch.rows.size() + batch.rejected.size() < maxRows && reader->read(batch, maxRows)) {
    }
    if (!reader->error().isEmpty())
        sample.error = reader->error();
    // Rows and rejects in the table's order.
    QList<std::pair<qint64, int>> order; // position, index (rows >= 0, rejects < 0)
    for (int i = 0; i < batch.rows.size(); ++i)
        order.append({batch.positions.value(i), i});
    for (int i = 0; i < batch.rejected.size(); ++i)
        order.append({batch.rejected.at(i).position, -1 - i});
    std::sort(order.begin(), order.end());
    for (const auto &[position, index] : std::as_const(order)) {
        if (sample.rows.size() >= maxRows)
            break;
        const Row &row = index >= 0 ? batch.rows.at(index) : batch.rejected.at(-1 - index).values;
        QStringList values;
        for (int c = 0; c < sample.columns.size(); ++c)
            values << shown(row.value(c));
        sample.rows << values;
        sample.problems << (index >= 0 ? QString() : batch.rejected.at(-1 - index).reason);
    }
    return sample;
}

void registerAccessForm()
{
    KindForms::add({AccessKind, QT_TRANSLATE_NOOP("barge::KindForms", "Microsoft Access database file"),
                    QStringLiteral(":/icons/database.svg"),
                    [](EndpointScanner::Role, QWidget *parent) { return new AccessForm(parent); }});
}

AccessForm::AccessForm(QWidget *parent) : KindForm(parent)
{
    m_path = new FilePathEdit(FilePathEdit::Mode::OpenFile, QStringLiteral("access"), this);
    m_path->setNameFilter(tr("Access databases (*.mdb *.accdb);;All files (*)"));
    m_path->setAccessibleName(tr("Source Access database file"));
    m_path->setPlaceholderText(tr("orders.mdb"));
    m_encoding = new QComboBox(this);
    m_encoding->setEditable(true);
    m_encoding->addItem(QString());
    m_encoding->addItems({QStringLiteral("windows-1252"), QStringLiteral("windows-1250"), QStringLiteral("windows-1251"),
                          QStringLiteral("windows-1253"), QStringLiteral("windows-1254"), QStringLiteral("windows-1257")});
    m_encoding->setAccessibleName(tr("Code page of Access 97 files"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&File:"), m_path);
    form->addRow(tr("Code &page (Access 97):"), m_encoding);
    auto *hint = new QLabel(tr("Tables, keys, indexes and enforced relationships are read through mdbtools. "
                               "Access 2000 and later store Unicode; an Access 97 file's text is read as "
                               "windows-1252 unless you name its code page."),
                            this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    m_table = new QComboBox(this);
    m_table->setAccessibleName(tr("Table to preview"));
    form->addRow(tr("Pre&view table:"), m_table);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->setAccessibleName(tr("First rows"));
    form->addRow(m_caption);
    form->addRow(m_preview);
    connect(&m_watcher, &QFutureWatcher<AccessSample>::finished, this, [this] { present(m_watcher.result()); });
    connect(m_path, &FilePathEdit::pathChanged, this, &AccessForm::onChanged);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &AccessForm::onChanged);
    connect(m_table, &QComboBox::activated, this, &AccessForm::onChanged);
}

void AccessForm::onChanged()
{
    if (missing().isEmpty()) {
        const Endpoint e = endpoint();
        const QString table = m_table->currentText();
        const int generation = ++m_generation;
        m_watcher.setFuture(QtConcurrent::run([e, table, generation] { return AccessSample::read(e, table, previewRows, generation); }));
    } else {
        ++m_generation; // a preview on its way is for settings that are gone
        RecordPreview::clear(m_preview, m_caption);
        const QSignalBlocker blocker(m_table);
        m_table->clear();
    }
    Q_EMIT changed();
}

void AccessForm::present(const AccessSample &sample)
{
    if (sample.generation != m_generation)
        return; // the settings changed while this was read
    RecordPreview::setChoices(m_table, sample.tables, sample.table);
    const int bad = int(sample.problems.size() - sample.problems.count(QString()));
    const QString caption = sample.columns.isEmpty() ? QString()
        : bad == 0 ? tr("The first %n row(s) of table %1; point at a column's name for its type.", nullptr,
                        int(sample.rows.size())).arg(sample.table)
                   : tr("The first %n row(s) of table %1; the ones in red cannot be read (point at one to see why).",
                        nullptr, int(sample.rows.size())).arg(sample.table);
    m_caption->setText(RecordPreview::withError(caption, sample.error));
    RecordPreview::fill(m_preview, sample.columns, sample.rows, sample.problems, sample.types);
    Q_EMIT previewed();
}

Endpoint AccessForm::endpoint() const
{
    Endpoint e;
    e.kind = AccessKind;
    e.scheme = AccessKind.id();
    e.path = m_path->path().isEmpty() ? QString() : QDir::cleanPath(m_path->path());
    if (!m_encoding->currentText().trimmed().isEmpty())
        e.options.insert(QStringLiteral("encoding"), m_encoding->currentText().trimmed());
    return e;
}

void AccessForm::setEndpoint(const Endpoint &endpoint)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_path), QSignalBlocker(m_encoding)};
        m_path->setPath(endpoint.path);
        m_encoding->setCurrentText(endpoint.options.value(QStringLiteral("encoding")));
    }
    onChanged();
}

QString AccessForm::missing() const
{
    const QString path = m_path->path();
    if (path.isEmpty())
        return tr("Choose an Access database file.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder, not a database file.").arg(path);
    if (!info.isFile())
        return tr("%1 does not exist.").arg(path);
    return QString();
}

} // namespace barge
