#include "plandescription.h"

#include "base/plural.h"
#include "engine/watermarks.h"
#include "mapping/rowconverter.h"
#include "schema/ddlbuilder.h"

#include <QLocale>

namespace barge {

QString PlanDescription::action(const TableMapping &table, bool exists)
{
    switch (table.mode) {
    case TableMode::Skip:
        return PlanDescription::tr("skip");
    case TableMode::Replace:
        return PlanDescription::tr("replace");
    case TableMode::Truncate:
        return exists ? PlanDescription::tr("empty, then append") : PlanDescription::tr("create");
    case TableMode::Append:
        return exists ? PlanDescription::tr("append") : PlanDescription::tr("create");
    case TableMode::Merge:
        return exists ? PlanDescription::tr("merge by %1: insert new rows, update changed ones").arg(table.mergeKey.join(QStringLiteral(", ")))
                      : PlanDescription::tr("create");
    }
    return PlanDescription::tr("create"); // not reached: every mode is a case above
}

namespace {

QString sourceRows(const TableSchema &schema)
{
    if (schema.rowCount < 0)
        return PlanDescription::tr("rows unknown");
    const int n = pluralCount(schema.rowCount);
    const QString count = QLocale().toString(schema.rowCount);
    return schema.rowCountExact ? PlanDescription::tr("%1 row(s)", nullptr, n).arg(count)
                                : PlanDescription::tr("about %1 row(s)", nullptr, n).arg(count);
}

} // namespace

QString PlanDescription::rowCount(const TableMapping &table, const TableSchema &source, bool sync)
{
    if (table.watermark.isSet() && table.watermark.rows >= 0 && !sync) {
        return tr("%1 row(s) past the watermark", nullptr, pluralCount(table.watermark.rows)).arg(QLocale().toString(table.watermark.rows));
    }
    return sourceRows(source);
}

QString PlanDescription::origin(const FieldMapping &field)
{
    if (!field.isConstant())
        return field.source;
    if (!field.constant.isValid())
        return QStringLiteral("NULL");
    const QString value = field.constant.typeId() == QMetaType::Bool
        ? (field.constant.toBool() ? PlanDescription::tr("true") : PlanDescription::tr("false"))
        : field.constant.toString();
    return PlanDescription::tr("constant '%1'").arg(value);
}

QStringList PlanDescription::lines(const Plan &plan, const PlanInsight &insight)
{
    QStringList lines;
    lines << tr("From %1 to %2").arg(plan.source.displayName(), plan.target.displayName());
    for (const TableMapping &table : plan.tables) {
        const bool exists = insight.existingTargets.contains(table.target);
        lines << QStringLiteral("  %1 -> %2 (%3, %4)")
                     .arg(table.source, table.target, action(table, exists),
                          sourceRows(insight.sources.value(table.source)));
        if (table.mode == TableMode::Skip)
            continue;
        if (table.watermark.isSet() && !plan.options.sync)
            lines << QStringLiteral("    ") + Watermarks::describe(table.watermark, true);
        const TableSchema target = RowConverter::targetSchema(table);
        for (qsizetype i = 0; i < table.fields.size(); ++i) {
            const FieldMapping &field = table.fields.at(i);
            // Type names and NOT NULL are SQL: the same in every language.
            lines << QStringLiteral("      %1 %2%3 <- %4")
                         .arg(field.target, DdlBuilder::declaredType(plan.target.dialect(), target.columns.at(i)),
                              field.nullable ? QString() : QStringLiteral(" NOT NULL"), origin(field));
        }
    }
    return lines;
}

} // namespace barge
