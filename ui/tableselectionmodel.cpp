#include "tableselectionmodel.h"

#include <QIcon>
#include <QLocale>

namespace barge {

TableSelectionModel::TableSelectionModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QString TableSelectionModel::modeLabel(TableMode mode)
{
    switch (mode) {
    case TableMode::Append:
        return tr("Append");
    case TableMode::Truncate:
        return tr("Empty, then load");
    case TableMode::Replace:
        return tr("Drop and re-create");
    case TableMode::Skip:
        return tr("Skip");
    case TableMode::Merge:
        return tr("Merge by key");
    }
    return QString();
}

void TableSelectionModel::populate(const EndpointsScan &scan, const QList<TableMapping> &previous,
                                   TableMode defaultMode)
{
    beginResetModel();
    m_entries.clear();
    m_existing.clear();
    m_targetRead = scan.targetRead;
    for (auto it = scan.targetSchemas.cbegin(); it != scan.targetSchemas.cend(); ++it)
        m_existing.insert(it.key());
    for (const QString &name : scan.sourceTables) {
        Entry entry;
        entry.source = name;
        const TableSchema schema = scan.sourceSchemas.value(name);
        entry.rows = schema.rowCount;
        entry.exactRows = schema.rowCountExact;
        entry.target = name;
        entry.mode = defaultMode;
        entry.checked = previous.isEmpty();
        for (const TableMapping &table : previous) {
            if (table.source == name) {
                entry.checked = true;
                entry.target = table.target.isEmpty() ? name : table.target;
                entry.mode = table.mode;
                break;
            }
        }
        m_entries << entry;
    }
    endResetModel();
    Q_EMIT selectionChanged();
}

QList<TableMapping> TableSelectionModel::selection(const QList<TableMapping> &previous) const
{
    QList<TableMapping> tables;
    for (const Entry &entry : m_entries) {
        if (!entry.checked)
            continue;
        TableMapping table = TableMapping::named(entry.source, entry.target.trimmed(), entry.mode);
        for (const TableMapping &before : previous) {
            // A profile's watermark stays with its table (the summary says if the mode no longer suits it).
            if (before.source == table.source && before.target == table.target)
                table.watermark = before.watermark;
        }
        for (const TableMapping &before : previous) {
            if (before.source == table.source && before.target == table.target
                && (before.mode == TableMode::Replace) == (table.mode == TableMode::Replace)) {
                table.fields = before.fields;
                break;
            }
        }
        tables << table;
    }
    return tables;
}

void TableSelectionModel::setAllChecked(bool checked, const QList<int> &rows)
{
    for (int row : rows)
        m_entries[row].checked = checked;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, SourceColumn), index(rowCount() - 1, SourceColumn), {Qt::CheckStateRole});
    Q_EMIT selectionChanged();
}

int TableSelectionModel::checkedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.checked; }));
}

QStringList TableSelectionModel::duplicateTargets() const
{
    QStringList seen;
    QStringList duplicates;
    for (const Entry &entry : m_entries) {
        if (!entry.checked)
            continue;
        const QString key = entry.target.trimmed().toLower();
        if (seen.contains(key) && !duplicates.contains(entry.target))
            duplicates << entry.target;
        seen << key;
    }
    return duplicates;
}

int TableSelectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TableSelectionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TableSelectionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    const bool exists = m_existing.contains(entry.target.trimmed());
    switch (index.column()) {
    case SourceColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return entry.source;
        if (role == Qt::UserRole) // what sorting compares (TablesPage)
            return entry.source.toLower();
        if (role == Qt::CheckStateRole)
            return entry.checked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/table.svg"));
        break;
    case RowsColumn:
        if (role == Qt::DisplayRole) {
            if (entry.rows < 0)
                return tr("unknown");
            const QString count = QLocale().toString(entry.rows);
            return entry.exactRows ? count : QStringLiteral("~") + count;
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::UserRole)
            return entry.rows;
        break;
    case TargetColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return entry.target;
        if (role == Qt::UserRole)
            return entry.target.toLower();
        break;
    case ModeColumn:
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return modeLabel(entry.mode);
        if (role == Qt::EditRole)
            return int(entry.mode);
        break;
    case ExistsColumn:
        if (!m_targetRead) {
            if (role == Qt::DisplayRole)
                return tr("unknown");
            if (role == Qt::ToolTipRole)
                return tr("The target's tables could not be read.");
            break;
        }
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return exists ? tr("exists") : tr("new");
        if (role == Qt::DecorationRole && exists)
            return QIcon(QStringLiteral(":/icons/exists.svg"));
        if (role == Qt::ToolTipRole)
            return exists ? tr("The target already has a table named %1; the mode decides what happens to it.")
                                .arg(entry.target)
                          : tr("Barge creates this table in the target.");
        break;
    default:
        break;
    }
    return QVariant();
}

bool TableSelectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Entry &entry = m_entries[index.row()];
    if (index.column() == SourceColumn && role == Qt::CheckStateRole) {
        entry.checked = value.toInt() == Qt::Checked;
        Q_EMIT dataChanged(index, index, {role});
        Q_EMIT selectionChanged();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == TargetColumn) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return false;
        entry.target = name;
        Q_EMIT dataChanged(index, this->index(index.row(), ExistsColumn));
        Q_EMIT selectionChanged();
        return true;
    }
    if (index.column() == ModeColumn) {
        entry.mode = TableMode(value.toInt());
        Q_EMIT dataChanged(index, index);
        Q_EMIT selectionChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags TableSelectionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == SourceColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TargetColumn || index.column() == ModeColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TableSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SourceColumn:
        return tr("Source table");
    case RowsColumn:
        return tr("Rows");
    case TargetColumn:
        return tr("Target table");
    case ModeColumn:
        return tr("Mode");
    case ExistsColumn:
        return tr("In target");
    default:
        return QVariant();
    }
}

} // namespace barge
