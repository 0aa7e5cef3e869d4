#pragma once
// FieldMappingModel: one table's field mappings as an editable grid: source column (or a constant)
// -> target column, target type (lossy conversions marked), NOT NULL, constant, default for NULL.
// Source columns that are not copied stay in the grid unchecked, so skipping a field is one click.
// Core data (mapping/), plain Qt Core: the command line and tests can use it without widgets. The
// source and type cells offer their choices through ChoiceRole. The wizard's FieldMappingPage shows
// it as ui/'s FieldMappingGridModel, which adds the icons (lossy type, unfilled NOT NULL column).

#include "mapping/choicerole.h"
#include "mapping/tablemapping.h"
#include "schema/dialect.h"
#include "schema/tableschema.h"

#include <QAbstractTableModel>
#include <optional>

namespace barge {

class FieldMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, TargetColumn, TypeColumn, NotNullColumn, ConstantColumn, DefaultColumn, ColumnCount };

    explicit FieldMappingModel(QObject *parent = nullptr);

    // existingTarget: the target table's schema when it exists and will be kept (not replaced).
    void setTable(const TableMapping &mapping, const TableSchema &source,
                  const std::optional<TableSchema> &existingTarget, Dialect targetDialect);
    // The mapping with only the checked fields, in grid order.
    TableMapping mapping() const;
    const TableSchema &sourceSchema() const { return m_source; }
    // The source column of the grid's row; empty for a constant or a row that is not there.
    QString sourceColumnAt(int row) const { return row >= 0 && row < m_entries.size() ? m_entries.at(row).field.source : QString(); }
    // The grid's row that reads `column`; -1 when none does.
    int rowOfSource(const QString &column) const;
    // Maps by name again: every source column into a new table, or each existing column from its match.
    void autoMatch();
    // Sentences describing what prevents running this table (empty target names, duplicates as
    // MappingRules tells them, required target columns with nothing to fill them).
    QStringList problems() const;
    // Lossy conversions in plain words ("amount: real into int64 drops fractions").
    QStringList lossyWarnings() const;
    // Whether the grid's row converts its source column lossily into its target type, and why.
    bool isLossyAt(int row, QString *why = nullptr) const;
    // Why the grid's row leaves a NOT NULL target column without a value; empty when it does not.
    QString requiredProblemAt(int row) const;

    static QStringList commonTypes();
    // What typing `text` into the type column means: a neutral spelling, as `barge --type` takes it
    // (int64, decimal(12,2), text(40)), or a type name of the target engine (bigint, varchar(40)).
    std::optional<DataType> parseType(const QString &text) const;
    // Why parseType(text) fails, in a sentence; empty when it does not.
    QString typeProblem(const QString &text) const;
    // The type column's choices: the neutral spellings, then the target engine's own names.
    QStringList typeChoices() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void mappingChanged();

private:
    struct Entry
    {
        FieldMapping field;
        bool included = true;
    };

    void setEntries(const QList<FieldMapping> &fields);
    QString sourceTypeName(const Entry &entry) const;
    bool lossy(const Entry &entry, QString *why) const;
    QString requiredProblem(const Entry &entry) const;
    QVariant sourceData(const Entry &entry, int role) const;
    QVariant typeData(const Entry &entry, int role) const;

    QList<Entry> m_entries;
    TableSchema m_source;
    std::optional<TableSchema> m_target;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_table;
    QString m_sourceTable;
    TableMode m_mode = TableMode::Append;
};

} // namespace barge
