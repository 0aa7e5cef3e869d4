#include "io/mariadb/mariadbintrospector.h"

#include "schema/identifier.h"
#include "schema/typemapper.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace barge {

namespace {

// MariaDB reports a string default as it would write it, backslash escapes included ('a\\b');
// portable defaults are standard SQL literals, where only the quote is doubled.
QString standardLiteral(const QString &mariaDbLiteral)
{
    if (mariaDbLiteral.size() < 2 || !mariaDbLiteral.startsWith(QLatin1Char('\''))
        || !mariaDbLiteral.endsWith(QLatin1Char('\'')))
        return mariaDbLiteral;
    QString text;
    const QStringView body = QStringView(mariaDbLiteral).mid(1, mariaDbLiteral.size() - 2);
    for (qsizetype i = 0; i < body.size(); ++i) {
        QChar c = body[i];
        if (c == QLatin1Char('\'') && i + 1 < body.size() && body[i + 1] == QLatin1Char('\'')) {
            ++i;
        } else if (c == QLatin1Char('\\') && i + 1 < body.size()) {
            const QChar e = body[++i];
            switch (e.unicode()) {
            case '0': c = QChar(0); break;
            case 'n': c = QLatin1Char('\n'); break;
            case 'r': c = QLatin1Char('\r'); break;
            case 't': c = QLatin1Char('\t'); break;
            case 'Z': c = QChar(0x1a); break;
            case '%': case '_': text += QLatin1Char('\\'); c = e; break; // kept as written
            default: c = e; break;
            }
        }
        text += c;
    }
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// COLUMN_DEFAULT in Barge's portable spelling. MariaDB (10.2.7+) writes literals quoted and a NULL
// default as the word NULL; MySQL writes literals bare and marks expressions DEFAULT_GENERATED.
QString columnDefault(const MariaDbResult &row, int column, const QString &extra, const DataType &type, bool mariaDb)
{
    if (row.isNull(column))
        return QString();
    QString expression = row.text(column);
    if (mariaDb)
        expression = standardLiteral(expression);
    else if (!extra.contains(QLatin1String("DEFAULT_GENERATED"), Qt::CaseInsensitive) && !type.isInteger()
             && type.kind != TypeKind::Decimal && type.kind != TypeKind::Real && type.kind != TypeKind::Boolean)
        expression = QLatin1Char('\'') + expression.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    QString portable = portableDefault(expression);
    // tinyint(1) is MySQL's BOOLEAN: its 0 and 1 defaults mean false and true.
    if (type.kind == TypeKind::Boolean && (portable == QLatin1String("0") || portable == QLatin1String("1")))
        portable = portable == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return portable;
}

} // namespace

MariaDbIntrospector::MariaDbIntrospector(const Endpoint &endpoint)
    : m_own(std::make_unique<MariaDbConnection>(endpoint)), m_db(m_own.get())
{
}

MariaDbIntrospector::MariaDbIntrospector(MariaDbConnection *connection) : m_db(connection)
{
}

MariaDbIntrospector::~MariaDbIntrospector() = default;

bool MariaDbIntrospector::open(Failure *failure)
{
    return !m_own || m_db->open(failure);
}

QString MariaDbIntrospector::where(const QString &table) const
{
    return QStringLiteral(" WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ") + MariaDbConnection::quoteString(table);
}

QStringList MariaDbIntrospector::tableNames(QString *error)
{
    QStringList names;
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES "
                                    "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"),
                     &result, error)) {
        *error = m_db->describe() + QStringLiteral(": ") + *error;
        return names;
    }
    while (result.next())
        names << result.text(0);
    std::sort(names.begin(), names.end());
    return names;
}

bool MariaDbIntrospector::hasTable(const QString &name)
{
    MariaDbResult result;
    QString error;
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES") + where(name), &result, &error))
        return false;
    while (result.next()) {
        if (result.text(0) == name) // information_schema compares names without case
            return true;
    }
    return false;
}

std::optional<TableSchema> MariaDbIntrospector::table(const QString &name, QString *error)
{
    TableSchema schema;
    schema.name = name;
    if (!readColumns(name, &schema, error))
        return std::nullopt;
    if (schema.columns.isEmpty()) {
        *error = tr("%1: no table named '%2'").arg(m_db->describe(), name);
        return std::nullopt;
    }
    if (!readIndexes(name, &schema, error) || !readForeignKeys(name, &schema, error)
        || !readRowCount(name, &schema, error))
        return std::nullopt;
    return schema;
}

bool MariaDbIntrospector::readColumns(const QString &name, TableSchema *schema, QString *error)
{
    MariaDbResult result;
    // The table's default collation and its character set: a column that differs from them says so.
    QString tableCollation;
    if (!m_db->query(QStringLiteral("SELECT t.TABLE_COLLATION, c.CHARACTER_SET_NAME, t.ENGINE FROM information_schema.TABLES t "
                                    "JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c "
                                    "ON c.COLLATION_NAME = t.TABLE_COLLATION WHERE t.TABLE_SCHEMA = DATABASE() AND t.TABLE_NAME = ")
                         + MariaDbConnection::quoteString(name),
                     &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    if (result.next() && !result.isNull(0)) {
        tableCollation = result.text(0);
        schema->nativeOptions = QStringLiteral("ENGINE=%1 DEFAULT CHARSET=%2 COLLATE=%3").arg(result.text(2), result.text(1), tableCollation);
    }
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, "
                                    "CHARACTER_SET_NAME, COLLATION_NAME, GENERATION_EXPRESSION FROM information_schema.COLUMNS")
                         + where(name) + QStringLiteral(" ORDER BY ORDINAL_POSITION"),
                     &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    while (result.next()) {
        if (result.text(0) != name)
            continue;
        ColumnSchema column;
        column.name = result.text(1);
        column.declaredType = result.text(2);
        column.type = TypeMapper::fromDeclared(Dialect::MySql, column.declaredType);
        column.nullable = result.text(3) == QLatin1String("YES");
        const QString extra = result.text(5);
        column.autoIncrement = extra.contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
        const bool generated = extra.contains(QLatin1String("GENERATED"), Qt::CaseInsensitive)
            && !extra.contains(QLatin1String("DEFAULT_GENERATED"), Qt::CaseInsensitive);
        if (generated) {
            schema->notes << generatedNote(column.name, result.text(8));
            column.native.generated = result.text(8);
            column.native.generatedStored = extra.contains(QLatin1String("STORED"), Qt::CaseInsensitive)
                || extra.contains(QLatin1String("PERSISTENT"), Qt::CaseInsensitive);
        }
        else
            column.defaultValue = columnDefault(result, 4, extra, column.type, m_db->isMariaDb());
        static const QRegularExpression onUpdate(QStringLiteral("on update (\\S+)"), QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch match = onUpdate.match(extra); match.hasMatch())
            column.native.onUpdate = match.captured(1);
        if (!result.isNull(7) && result.text(7) != tableCollation)
            column.native.collation = QStringLiteral("CHARACTER SET %1 COLLATE %2").arg(result.text(6), result.text(7));
        schema->columns << column;
    }
    return m_db->isMariaDb() ? readJsonColumns(name, schema, error) : true;
}

// MariaDB's JSON is LONGTEXT with a json_valid() check, and information_schema reports it so.
bool MariaDbIntrospector::readJsonColumns(const QString &name, TableSchema *schema, QString *error)
{
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS WHERE "
                                    "CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ")
                         + MariaDbConnection::quoteString(name),
                     &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    while (result.next()) {
        const QString clause = result.text(0).simplified();
        for (ColumnSchema &column : schema->columns) {
            if (column.type.kind == TypeKind::Text && column.declaredType.compare(QLatin1String("longtext"), Qt::CaseInsensitive) == 0
                && clause == QStringLiteral("json_valid(%1)").arg(quoteIdentifier(Dialect::MySql, column.name))) {
                column.declaredType = QStringLiteral("json");
                column.type = DataType::of(TypeKind::Json);
                column.native.collation.clear(); // JSON's own: utf8mb4_bin
            }
        }
    }
    return true;
}

bool MariaDbIntrospector::readIndexes(const QString &name, TableSchema *schema, QString *error)
{
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, INDEX_TYPE "
                                    "FROM information_schema.STATISTICS")
                         + where(name) + QStringLiteral(" ORDER BY INDEX_NAME, SEQ_IN_INDEX"),
                     &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    QMap<QString, IndexSchema> indexes;
    QStringList skipped;
    int keyPosition = 0;
    while (result.next()) {
        if (result.text(0) != name)
            continue;
        const QString index = result.text(1);
        if (index == QLatin1String("PRIMARY")) {
            const int column = schema->indexOf(result.text(3));
            if (column >= 0)
                schema->columns[column].primaryKeyPosition = ++keyPosition;
            continue;
        }
        // An expression part (MySQL 8 functional index: no column) cannot be carried over, nor can
        // FULLTEXT and SPATIAL indexes: such an index is left out whole. A prefix length
        // (SUB_PART) is dropped but the index kept.
        const QString type = result.text(4);
        if (result.isNull(3)) {
            skipped << index;
            continue;
        }
        IndexSchema &entry = indexes[index];
        entry.name = index;
        entry.unique = result.integer(2) == 0;
        entry.columns << result.text(3);
        if (type == QLatin1String("FULLTEXT") || type == QLatin1String("SPATIAL"))
            entry.native = entry.nativeKind = type; // only MariaDB makes them again
    }
    for (const IndexSchema &index : std::as_const(indexes)) {
        if (!skipped.contains(index.name))
            schema->indexes << index;
    }
    for (const QString &index : std::as_const(skipped))
        schema->notes << tr("the index %1 is not created: it is on an expression").arg(index);
    return true;
}

std::optional<QHash<QString, QStringList>> MariaDbIntrospector::keyNames(QString *error)
{
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS "
                                    "WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_TYPE = 'FOREIGN KEY'"),
                     &result, error)) {
        *error = QStringLiteral("%1: %2").arg(m_db->describe(), *error);
        return std::nullopt;
    }
    QHash<QString, QStringList> names;
    while (result.next())
        names[result.text(0)] << result.text(1);
    return names;
}

std::optional<KeyBounds> MariaDbIntrospector::keyBounds(const QString &table, const QString &column, QString *error)
{
    MariaDbResult result;
    const QString name = quoteIdentifier(Dialect::MySql, column);
    const QString sql = QStringLiteral("SELECT min(%1), max(%1) FROM %2").arg(name, quoteIdentifier(Dialect::MySql, table));
    if (!m_db->query(sql, &result, error) || !result.next()) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), table, *error);
        return std::nullopt;
    }
    KeyBounds bounds;
    if (result.isNull(0))
        return bounds;
    bool minOk = false;
    bool maxOk = false;
    bounds.min = result.text(0).toLongLong(&minOk);
    bounds.max = result.text(1).toLongLong(&maxOk);
    if (!minOk || !maxOk) {
        *error = tr("%1 table %2: column %3 holds values that are no 64-bit integers (%4 to %5)")
                     .arg(m_db->describe(), table, column, result.text(0), result.text(1));
        return std::nullopt;
    }
    bounds.empty = false;
    return bounds;
}

std::optional<qint64> MariaDbIntrospector::longestValue(const QString &table, const QString &column, bool binary,
                                                   QString *error)
{
    MariaDbResult result;
    const QString sql = QStringLiteral("SELECT coalesce(max(%1(%2)), 0) FROM %3")
                            .arg(binary ? QStringLiteral("length") : QStringLiteral("char_length"),
                                 quoteIdentifier(Dialect::MySql, column), quoteIdentifier(Dialect::MySql, table));
    if (!m_db->query(sql, &result, error) || !result.next()) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), table, *error);
        return std::nullopt;
    }
    return result.text(0).toLongLong();
}

bool MariaDbIntrospector::readForeignKeys(const QString &name, TableSchema *schema, QString *error)
{
    MariaDbResult result;
    const QString sql = QStringLiteral(
        "SELECT rc.TABLE_NAME, rc.CONSTRAINT_NAME, rc.UNIQUE_CONSTRAINT_SCHEMA = DATABASE(), "
        "rc.REFERENCED_TABLE_NAME, rc.UPDATE_RULE, rc.DELETE_RULE, k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME "
        "FROM information_schema.REFERENTIAL_CONSTRAINTS rc "
        "JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
        "AND k.TABLE_NAME = rc.TABLE_NAME AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
        "AND k.REFERENCED_TABLE_NAME IS NOT NULL "
        "WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND rc.TABLE_NAME = %1 "
        "ORDER BY rc.CONSTRAINT_NAME, k.ORDINAL_POSITION").arg(MariaDbConnection::quoteString(name));
    if (!m_db->query(sql, &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    while (result.next()) {
        // A key into another database has no meaning on another server: left out.
        if (result.text(0) != name || result.integer(2) != 1)
            continue;
        const QString constraint = result.text(1);
        if (schema->foreignKeys.isEmpty() || schema->foreignKeys.last().name != constraint) {
            ForeignKeySchema key;
            key.name = constraint;
            key.referencedTable = result.text(3);
            key.onUpdate = portableReferentialAction(result.text(4));
            key.onDelete = portableReferentialAction(result.text(5));
            schema->foreignKeys << key;
        }
        schema->foreignKeys.last().columns << result.text(6);
        schema->foreignKeys.last().referencedColumns << result.text(7);
    }
    return true;
}

bool MariaDbIntrospector::readRowCount(const QString &name, TableSchema *schema, QString *error)
{
    MariaDbResult result;
    if (!m_db->query(QStringLiteral("SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES") + where(name),
                     &result, error)) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    qint64 estimate = -1;
    while (result.next()) {
        if (result.text(0) == name && !result.isNull(1))
            estimate = result.integer(1);
    }
    // TABLE_ROWS is InnoDB's sampled guess (it can be off by half); counting is cheap while small.
    if (estimate >= exactCountBelow) {
        schema->rowCount = estimate;
        schema->rowCountExact = false;
        return true;
    }
    MariaDbResult count;
    if (!m_db->query(QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(Dialect::MySql, name), &count, error)
        || !count.next()) {
        *error = tr("%1 table %2: %3").arg(m_db->describe(), name, *error);
        return false;
    }
    schema->rowCount = count.integer(0);
    schema->rowCountExact = true;
    return true;
}

} // namespace barge
