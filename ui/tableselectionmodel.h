#pragma once
// TableSelectionModel: the source tables as a checkable list: row count, target name (editable),
// mode (editable), and whether the target already has a table of that name. The TablesPage shows
// it through a filter proxy.

#include "migrationsetup.h"

#include <QAbstractTableModel>

namespace barge {

class TableSelectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, RowsColumn, TargetColumn, ModeColumn, ExistsColumn, ColumnCount };

    struct Entry
    {
        QString source;
        qint64 rows = -1;
        bool exactRows = false;
        bool checked = true;
        QString target;
        TableMode mode = TableMode::Append;
    };

    explicit TableSelectionModel(QObject *parent = nullptr);

    // Fills the list from a scan; `previous` (a plan's tables) decides what is checked, the target
    // names and modes; when it is empty every table is checked with defaultMode.
    void populate(const EndpointsScan &scan, const QList<TableMapping> &previous, TableMode defaultMode);
    // The checked tables as mappings in list order, keeping the fields of `previous` where the
    // table, its target and its mode still agree.
    QList<TableMapping> selection(const QList<TableMapping> &previous) const;
    void setAllChecked(bool checked, const QList<int> &rows);
    int checkedCount() const;
    QStringList duplicateTargets() const;
    const Entry &entry(int row) const { return m_entries.at(row); }

    static QString modeLabel(TableMode mode);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    QList<Entry> m_entries;
    QSet<QString> m_existing;
    bool m_targetRead = false; // m_existing is the target's answer; else "In target" is unknown
};

} // namespace barge
