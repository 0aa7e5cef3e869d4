#include "engine/watermarks.h"

#include "base/plural.h"
#include "io/backend.h"
#include "io/tabledigest.h"
#include "io/watermarkfilter.h"

#include <QRegularExpression>

namespace barge {

namespace {

bool orders(const DataType &type)
{
    switch (type.kind) {
    case TypeKind::Int16:
    case TypeKind::Int32:
    case TypeKind::Int64:
    case TypeKind::Decimal:
    case TypeKind::Real:
    case TypeKind::Text:
    case TypeKind::Date:
    case TypeKind::DateTime:
    case TypeKind::DateTimeTz:
        return true;
    default:
        return false;
    }
}

} // namespace

bool Watermarks::settle(Plan *plan, const PlanInsight &insight, QString *error)
{
    for (TableMapping &table : plan->tables) {
        Watermark &mark = table.watermark;
        if (!mark.isSet() || table.mode == TableMode::Skip || plan->options.sync)
            continue;
        if (table.mode != TableMode::Merge) {
            *error = tr("table %1: a watermark needs the mode merge (rows a run reads again, in the overlap or after a "
                        "stop, must update the target's rows rather than be added twice), not %2")
                         .arg(table.source, tableModeName(table.mode));
            return false;
        }
        const TableSchema source = insight.sources.value(table.source);
        const int column = source.indexOf(mark.column);
        if (column < 0) {
            *error = tr("table %1 has no column '%2' for its watermark").arg(table.source, mark.column);
            return false;
        }
        if (!orders(source.columns.at(column).type)) {
            *error = tr("table %1: its watermark column %2 (%3) does not order rows; a watermark is a number, a date, "
                        "a time stamp or a text that grows")
                         .arg(table.source, mark.column, source.columns.at(column).declaredType);
            return false;
        }
        mark.type = source.columns.at(column).type;
        // The state belongs to the rows in the target: a target table made anew gets every row.
        if (!insight.existingTargets.contains(table.target))
            mark.after.clear();
        std::unique_ptr<TableDigest> digest = Backend::digest(plan->source, table.source);
        QString low;
        QString failure;
        if (!watermarkLowBound(mark, &low, error)) {
            *error = tr("table %1: %2").arg(table.source, *error);
            return false;
        }
        if (!digest || !digest->open(&failure)
            || !digest->watermarkRange(mark.column, low, mark.isNumber(), &mark.upTo, &mark.rows, &failure)) {
            *error = failure.isEmpty()
                ? tr("table %1: %2 cannot select rows by a column, so it cannot keep a watermark (a file is read "
                     "whole: merge or sync it instead)")
                      .arg(table.source, plan->source.displayName())
                : tr("table %1: the watermark's rows could not be counted: %2").arg(table.source, failure);
            return false;
        }
        if (!mark.upTo.isEmpty() && !watermarkCanGrow(mark.upTo)) {
            *error = tr("table %1: the highest value of its watermark column %2 is '%3', which no later value passes; "
                        "a watermark needs finite values")
                         .arg(table.source, mark.column, mark.upTo);
            return false;
        }
    }
    return true;
}

QString Watermarks::describe(const Watermark &watermark, bool translated)
{
    const QLocale c = groupedNumbers();
    // A number column's overlap is in its own units; a date's or time's in seconds.
    bool number = false;
    watermark.after.toDouble(&number);
    const QString overlap = number || watermark.isNumber() ? c.toString(watermark.overlap) : overlapText(watermark.overlap);
    const QString upTo = watermark.upTo.isEmpty() ? (translated ? tr("none") : QStringLiteral("none")) : watermark.upTo;
    if (!translated) {
        const QString from = watermark.after.isEmpty()
            ? QStringLiteral("watermark %1: every row (no earlier run)").arg(watermark.column)
            : QStringLiteral("watermark %1 from %2%3").arg(watermark.column, watermark.after,
                  watermark.overlap > 0 ? QStringLiteral(" less %1 of overlap").arg(overlap) : QString());
        return watermark.rows < 0 ? from
                                  : QStringLiteral("%1: %2 %3 up to %4")
                                        .arg(from, c.toString(watermark.rows),
                                             watermark.rows == 1 ? QStringLiteral("row") : QStringLiteral("rows"), upTo);
    }
    const QString from = watermark.after.isEmpty()
        ? tr("Watermark %1: every row (no earlier run)").arg(watermark.column)
        : watermark.overlap > 0 ? tr("Watermark %1 from %2 less %3 of overlap").arg(watermark.column, watermark.after, overlap)
                                : tr("Watermark %1 from %2").arg(watermark.column, watermark.after);
    if (watermark.rows < 0)
        return from;
    return pluralText(tr("%1: %3 row(s) up to %2", nullptr, pluralCount(watermark.rows)), watermark.rows)
        .arg(from, upTo, groupedNumbers().toString(watermark.rows));
}

QString Watermarks::overlapText(qint64 overlap)
{
    if (overlap % 86400 == 0)
        return tr("%1 d").arg(overlap / 86400);
    if (overlap % 3600 == 0)
        return tr("%1 h").arg(overlap / 3600);
    if (overlap % 60 == 0)
        return tr("%1 min").arg(overlap / 60);
    return tr("%1 s").arg(overlap);
}

bool Watermarks::parseOverlap(const QString &text, qint64 *overlap)
{
    static const QRegularExpression form(QStringLiteral("^\\s*([0-9]+)\\s*(s|sec|m|min|h|d)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    const qint64 count = match.captured(1).toLongLong(&ok);
    const QString unit = match.captured(2).toLower();
    const qint64 scale = unit == QLatin1String("m") || unit == QLatin1String("min") ? 60
        : unit == QLatin1String("h")                                                 ? 3600
        : unit == QLatin1String("d")                                                 ? 86400
                                                                                     : 1;
    *overlap = count * scale;
    return ok;
}

} // namespace barge
