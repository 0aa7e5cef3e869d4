#include "mapping/fieldmappingmodel.h"

#include "mapping/automatcher.h"
#include "mapping/mappingrules.h"
#include "schema/typemapper.h"

#include <QRegularExpression>
#include <QSet>

namespace barge {

FieldMappingModel::FieldMappingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

QStringList FieldMappingModel::commonTypes()
{
    return {QStringLiteral("int64"), QStringLiteral("int32"), QStringLiteral("int16"),
            QStringLiteral("decimal(12,2)"), QStringLiteral("real"), QStringLiteral("text"),
            QStringLiteral("text(255)"), QStringLiteral("boolean"), QStringLiteral("date"),
            QStringLiteral("time"), QStringLiteral("datetime"), QStringLiteral("datetimetz"),
            QStringLiteral("binary")};
}

std::optional<DataType> FieldMappingModel::parseType(const QString &text) const
{
    const QString typed = text.trimmed();
    if (const std::optional<DataType> neutral = DataType::fromString(typed))
        return neutral;
    // Parameters, when given, are numbers: "varchar(40)", "numeric(12, 2)".
    static const QRegularExpression shape(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9_ ]*(\(\s*\d+\s*(,\s*\d+\s*)?\))?[A-Za-z ]*$)"));
    if (!shape.match(typed).hasMatch() || !TypeMapper::knowsDeclared(m_dialect, typed))
        return std::nullopt;
    return TypeMapper::fromDeclared(m_dialect, typed);
}

QString FieldMappingModel::typeProblem(const QString &text) const
{
    if (parseType(text))
        return QString();
    if (m_dialect == Dialect::Plain)
        return tr("“%1” is not a type Barge knows. Use one such as int64, decimal(12,2), text(40) or datetime.")
            .arg(text.trimmed());
    return tr("“%1” is not a type Barge knows. Use one such as int64, decimal(12,2) or text(40), or a %2 "
              "name such as %3.")
        .arg(text.trimmed(), dialectName(m_dialect),
             TypeMapper::toDeclared(m_dialect, DataType::text(40)));
}

QStringList FieldMappingModel::typeChoices() const
{
    QStringList choices = commonTypes();
    const QList<DataType> natives = {
        DataType::of(TypeKind::Int64), DataType::of(TypeKind::Int32), DataType::of(TypeKind::Int16),
        DataType::decimal(12, 2), DataType::of(TypeKind::Real), DataType::text(), DataType::text(255),
        DataType::of(TypeKind::Boolean), DataType::of(TypeKind::Date), DataType::of(TypeKind::Time),
        DataType::of(TypeKind::DateTime), DataType::of(TypeKind::DateTimeTz), DataType::of(TypeKind::Binary)};
    if (m_dialect == Dialect::Plain)
        return choices;
    for (const DataType &type : natives) {
        const QString native = TypeMapper::toDeclared(m_dialect, type);
        if (!choices.contains(native, Qt::CaseInsensitive))
            choices << native;
    }
    return choices;
}

void FieldMappingModel::setTable(const TableMapping &mapping, const TableSchema &source,
                                 const std::optional<TableSchema> &existingTarget, Dialect targetDialect)
{
    m_source = source;
    m_target = existingTarget;
    m_dialect = targetDialect;
    m_table = mapping.target;
    m_sourceTable = mapping.source;
    m_mode = mapping.mode;
    QList<FieldMapping> fields = mapping.fields;
    if (fields.isEmpty())
        fields = m_target ? AutoMatcher::intoExisting(source, *m_target) : AutoMatcher::copyColumns(source);
    setEntries(fields);
}

int FieldMappingModel::rowOfSource(const QString &column) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (!column.isEmpty() && m_entries.at(row).field.source == column)
            return row;
    }
    return -1;
}

void FieldMappingModel::setEntries(const QList<FieldMapping> &fields)
{
    beginResetModel();
    m_entries.clear();
    QSet<QString> used;
    for (const FieldMapping &field : fields) {
        m_entries << Entry{field, true};
        used.insert(field.source);
    }
    // Source columns nothing reads from: offered unchecked, ready to be copied as they are.
    for (const FieldMapping &spare : AutoMatcher::copyColumns(m_source)) {
        if (!used.contains(spare.source))
            m_entries << Entry{spare, false};
    }
    endResetModel();
    Q_EMIT mappingChanged();
}

TableMapping FieldMappingModel::mapping() const
{
    TableMapping table;
    table.target = m_table;
    table.source = m_sourceTable;
    table.mode = m_mode;
    for (const Entry &entry : m_entries) {
        if (entry.included)
            table.fields << entry.field;
    }
    return table;
}

void FieldMappingModel::autoMatch()
{
    setEntries(m_target ? AutoMatcher::intoExisting(m_source, *m_target) : AutoMatcher::copyColumns(m_source));
}

QString FieldMappingModel::sourceTypeName(const Entry &entry) const
{
    const int column = m_source.indexOf(entry.field.source);
    return column < 0 ? QString() : m_source.columns.at(column).type.toString();
}

bool FieldMappingModel::lossy(const Entry &entry, QString *why) const
{
    if (entry.field.isConstant())
        return false;
    const int column = m_source.indexOf(entry.field.source);
    if (column < 0)
        return false;
    return TypeMapper::isLossy(m_source.columns.at(column).type, entry.field.type, why);
}

QString FieldMappingModel::requiredProblem(const Entry &entry) const
{
    const FieldMapping &f = entry.field;
    if (!entry.included && m_target && !f.nullable && !f.defaultValue.isValid())
        return tr("The target column %1 is NOT NULL; map a source column or give a default.").arg(f.target);
    if (entry.included && !f.nullable && f.isConstant() && !f.constant.isValid() && !f.defaultValue.isValid())
        return tr("The target column %1 is NOT NULL but gets no value.").arg(f.target);
    return QString();
}

QStringList FieldMappingModel::problems() const
{
    QStringList found;
    QSet<QString> names;
    int included = 0;
    for (const Entry &entry : m_entries) {
        const QString required = requiredProblem(entry);
        if (!required.isEmpty())
            found << required;
        if (!entry.included)
            continue;
        ++included;
        const QString key = MappingRules::columnKey(entry.field.target);
        if (entry.field.target.trimmed().isEmpty())
            found << tr("A copied field has no target column name.");
        else if (names.contains(key))
            found << tr("The target column %1 appears twice.").arg(entry.field.target);
        names.insert(key);
    }
    if (included == 0)
        found << tr("No field is copied into %1.").arg(m_table);
    return found;
}

bool FieldMappingModel::isLossyAt(int row, QString *why) const
{
    return row >= 0 && row < m_entries.size() && lossy(m_entries.at(row), why);
}

QString FieldMappingModel::requiredProblemAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? requiredProblem(m_entries.at(row)) : QString();
}

QStringList FieldMappingModel::lossyWarnings() const
{
    QStringList warnings;
    for (const Entry &entry : m_entries) {
        QString why;
        if (entry.included && lossy(entry, &why))
            warnings << QStringLiteral("%1.%2: %3").arg(m_table, entry.field.target, why);
    }
    return warnings;
}

int FieldMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FieldMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldMappingModel::sourceData(const Entry &entry, int role) const
{
    const FieldMapping &f = entry.field;
    switch (role) {
    case Qt::DisplayRole:
        if (!f.isConstant())
            return QStringLiteral("%1  (%2)").arg(f.source, sourceTypeName(entry));
        return f.constant.isValid() ? tr("constant") : tr("nothing (NULL)");
    case Qt::EditRole:
        return f.source;
    case Qt::CheckStateRole:
        return entry.included ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return entry.included ? tr("Copied. Uncheck to leave this field out.")
                              : tr("Not copied. Check to copy this field.");
    case ChoiceLabelsRole: {
        QStringList labels = m_source.columnNames();
        labels << tr("(constant or NULL)");
        return labels;
    }
    case ChoiceValuesRole: {
        QVariantList values;
        for (const QString &name : m_source.columnNames())
            values << name;
        values << QString();
        return values;
    }
    default:
        return QVariant();
    }
}

QVariant FieldMappingModel::typeData(const Entry &entry, int role) const
{
    QString why;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return entry.field.type.toString();
    case Qt::ToolTipRole: {
        const QString declared = tr("Written as %1.").arg(TypeMapper::toDeclared(m_dialect, entry.field.type));
        return lossy(entry, &why) ? tr("Lossy: %1").arg(why) + QLatin1Char('\n') + declared : declared;
    }
    case ChoiceLabelsRole:
    case ChoiceValuesRole: {
        QStringList types = typeChoices();
        if (!types.contains(entry.field.type.toString()))
            types.prepend(entry.field.type.toString());
        return role == ChoiceLabelsRole ? QVariant(types) : QVariant(QVariantList(types.cbegin(), types.cend()));
    }
    default:
        return QVariant();
    }
}

QVariant FieldMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Entry &entry = m_entries.at(index.row());
    const FieldMapping &f = entry.field;
    switch (index.column()) {
    case SourceColumn:
        return sourceData(entry, role);
    case TargetColumn: {
        const QString problem = requiredProblem(entry);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return f.target;
        if (role == Qt::ToolTipRole)
            return problem.isEmpty() ? (f.primaryKeyPosition > 0 ? tr("Part of the primary key.") : QVariant())
                                     : QVariant(problem);
        return QVariant();
    }
    case TypeColumn:
        return typeData(entry, role);
    case NotNullColumn:
        if (role == Qt::CheckStateRole)
            return f.nullable ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::ToolTipRole)
            return tr("Checked: the target column refuses NULL; such rows are rejected.");
        return QVariant();
    case ConstantColumn:
        if (!f.isConstant())
            return QVariant();
        if (role == Qt::DisplayRole)
            return f.constant.isValid() ? f.constant.toString() : QStringLiteral("NULL");
        if (role == Qt::EditRole)
            return f.constant.toString();
        return QVariant();
    case DefaultColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return f.defaultValue.toString();
        if (role == Qt::ToolTipRole)
            return tr("Written instead of NULL when the source has no value.");
        return QVariant();
    default:
        return QVariant();
    }
}

bool FieldMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid())
        return false;
    Entry &entry = m_entries[index.row()];
    FieldMapping &f = entry.field;
    bool changed = true;
    if (index.column() == SourceColumn && role == Qt::CheckStateRole) {
        entry.included = value.toInt() == Qt::Checked;
    } else if (index.column() == NotNullColumn && role == Qt::CheckStateRole) {
        f.nullable = value.toInt() != Qt::Checked;
    } else if (role != Qt::EditRole) {
        changed = false;
    } else if (index.column() == SourceColumn) {
        f.source = value.toString();
        const int column = m_source.indexOf(f.source);
        if (column >= 0 && !m_target)
            f.type = m_source.columns.at(column).type; // a new column follows its new source
    } else if (index.column() == TargetColumn) {
        f.target = value.toString().trimmed();
    } else if (index.column() == TypeColumn) {
        const std::optional<DataType> type = parseType(value.toString());
        if (!type)
            return false;
        f.type = *type;
    } else if (index.column() == ConstantColumn) {
        f.constant = value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    } else if (index.column() == DefaultColumn) {
        f.defaultValue = value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
    } else {
        changed = false;
    }
    if (!changed)
        return false;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT mappingChanged();
    return true;
}

Qt::ItemFlags FieldMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Entry &entry = m_entries.at(index.row());
    Qt::ItemFlags flags = Qt::ItemIsSelectable;
    if (entry.included || index.column() == SourceColumn)
        flags |= Qt::ItemIsEnabled;
    switch (index.column()) {
    case SourceColumn:
        return flags | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    case NotNullColumn:
        return flags | Qt::ItemIsUserCheckable;
    case ConstantColumn:
        return entry.field.isConstant() ? flags | Qt::ItemIsEditable : flags;
    default:
        return flags | Qt::ItemIsEditable;
    }
}

QVariant FieldMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SourceColumn:
        return tr("Source column");
    case TargetColumn:
        return tr("Target column");
    case TypeColumn:
        return tr("Target type");
    case NotNullColumn:
        return tr("NOT NULL");
    case ConstantColumn:
        return tr("Constant");
    case DefaultColumn:
        return tr("Default for NULL");
    default:
        return QVariant();
    }
}

} // namespace barge
