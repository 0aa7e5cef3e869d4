#include "cli/cliarguments.h"

#include "engine/rangesplit.h"

namespace barge {

namespace {

const QStringList valueOptions = {QStringLiteral("--table"),   QStringLiteral("--mode"),
                                  QStringLiteral("--batch-size"), QStringLiteral("--on-error"),
                                  QStringLiteral("--rejects"), QStringLiteral("--report"),
                                  QStringLiteral("--save-profile"), QStringLiteral("--jobs"),
                                  QStringLiteral("--type"), QStringLiteral("--max-delete"),
                                  QStringLiteral("--ranges")};

bool parseCount(const QString &option, const QString &text, int low, int high, int *out, QString *error)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        *error = QStringLiteral("%1: expected a whole number from %2 to %3, got '%4'").arg(option).arg(low).arg(high).arg(text);
        return false;
    }
    *out = value;
    return true;
}

bool applyOption(const QString &option, const QString &value, CliArguments *out, QString *error)
{
    if (option == QLatin1String("--table")) {
        const int eq = value.indexOf(QLatin1Char('='));
        TableSelection selection{eq < 0 ? value : value.left(eq), eq < 0 ? QString() : value.mid(eq + 1)};
        if (selection.source.isEmpty() || (eq >= 0 && selection.target.isEmpty())) {
            *error = QStringLiteral("--table: expected NAME or NAME=TARGET, got '%1'").arg(value);
            return false;
        }
        out->tables << selection;
    } else if (option == QLatin1String("--type")) {
        const qsizetype eq = value.lastIndexOf(QLatin1Char('='));
        const std::optional<DataType> type = eq > 0 ? DataType::fromString(value.mid(eq + 1)) : std::nullopt;
        if (eq <= 0 || !value.left(eq).contains(QLatin1Char('.')) || !type) {
            *error = QStringLiteral("--type: expected TABLE.COLUMN=TYPE with a type such as int64, decimal(12,2), "
                                    "text(40), real, boolean, date, datetime, datetimetz, binary; got '%1'")
                         .arg(value);
            return false;
        }
        out->types << TypeOverride{value.left(eq), *type};
    } else if (option == QLatin1String("--mode")) {
        TableMode mode;
        if (!parseTableMode(value, &mode)) {
            *error = QStringLiteral("--mode: expected append, merge, truncate, replace or skip, got '%1'").arg(value);
            return false;
        }
        out->mode = mode;
    } else if (option == QLatin1String("--batch-size")) {
        int n = 0;
        if (!parseCount(option, value, 1, 10000000, &n, error))
            return false;
        out->batchSize = n;
    } else if (option == QLatin1String("--on-error")) {
        OnError onError;
        if (!parseOnError(value, &onError)) {
            *error = QStringLiteral("--on-error: expected abort or skip, got '%1'").arg(value);
            return false;
        }
        out->onError = onError;
    } else if (option == QLatin1String("--rejects")) {
        out->rejectsDir = value;
    } else if (option == QLatin1String("--report")) {
        out->reportFile = value;
    } else if (option == QLatin1String("--save-profile")) {
        out->saveProfile = value;
    } else if (option == QLatin1String("--max-delete")) {
        bool ok = false;
        QString number = value;
        if (number.endsWith(QLatin1Char('%')))
            number.chop(1);
        const double percent = number.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100) {
            *error = QStringLiteral("--max-delete: expected a percentage from 0 to 100, got '%1'").arg(value);
            return false;
        }
        out->maxDeletePercent = percent;
    } else if (option == QLatin1String("--ranges")) {
        qint64 rows = -1;
        QString why;
        if (!RangeSplit::parse(value, &rows, &why)) {
            *error = QStringLiteral("--ranges: ") + why;
            return false;
        }
        out->rangeRows = rows;
    } else if (option == QLatin1String("--jobs")) {
        int n = 0;
        if (!parseCount(option, value, 1, 64, &n, error))
            return false;
        out->jobs = n;
    }
    return true;
}

} // namespace

bool CliArguments::parse(const QStringList &arguments, CliArguments *out, QString *error)
{
    *out = CliArguments();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            out->command = QStringLiteral("help");
            return true;
        }
        if (arg == QLatin1String("--version")) {
            out->command = QStringLiteral("version");
            return true;
        }
        if (arg == QLatin1String("--dry-run")) {
            out->dryRun = true;
        } else if (arg == QLatin1String("--verify")) {
            out->verify = true;
        } else if (arg == QLatin1String("--resume")) {
            out->resume = true;
        } else if (arg == QLatin1String("--restart")) {
            out->restart = true;
        } else if (arg == QLatin1String("--worker")) {
            out->worker = true;
        } else if (arg == QLatin1String("--delete")) {
            out->deleteRows = true;
        } else if (arg == QLatin1String("--force")) {
            out->force = true;
        } else if (arg == QLatin1String("--demo")) {
            out->demo = true;
        } else if (arg == QLatin1String("--quiet") || arg == QLatin1String("-q")) {
            out->quiet = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            const int eq = arg.indexOf(QLatin1Char('='));
            const QString option = eq < 0 ? arg : arg.left(eq);
            if (!valueOptions.contains(option)) {
                *error = QStringLiteral("unknown option '%1'").arg(option);
                return false;
            }
            QString value;
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                *error = QStringLiteral("%1 needs a value").arg(option);
                return false;
            }
            if (!applyOption(option, value, out, error))
                return false;
        } else if (out->command.isEmpty()) {
            out->command = arg;
        } else {
            out->positional << arg;
        }
    }
    if (out->command.isEmpty())
        out->command = QStringLiteral("wizard");
    const QHash<QString, int> arity{{QStringLiteral("copy"), 2}, {QStringLiteral("run"), 1},
                                    {QStringLiteral("inspect"), 1}, {QStringLiteral("demo"), 1},
                                    {QStringLiteral("verify"), 1}, {QStringLiteral("sync"), 1}};
    if (out->command == QLatin1String("wizard")) {
        if (out->positional.size() > 1 || (out->demo && !out->positional.isEmpty())) {
            *error = QStringLiteral("wizard takes at most one profile or data file, or --demo");
            return false;
        }
        return true;
    }
    if (out->demo) {
        *error = QStringLiteral("--demo goes with the wizard: barge wizard --demo");
        return false;
    }
    if (!arity.contains(out->command)) {
        *error = QStringLiteral("unknown command '%1' (commands: copy, run, sync, verify, inspect, wizard, demo)").arg(out->command);
        return false;
    }
    const bool syncing = out->command == QLatin1String("sync");
    if (!syncing && (out->deleteRows || out->force || out->maxDeletePercent)) {
        *error = QStringLiteral("--delete, --force and --max-delete go with sync: barge sync PROFILE --delete");
        return false;
    }
    if (syncing && out->mode) {
        *error = QStringLiteral("sync merges every table by its key: it takes no --mode");
        return false;
    }
    if ((out->resume || out->restart) && out->command != QLatin1String("run")) {
        *error = QStringLiteral("--resume and --restart go with a profile: barge run PROFILE --resume");
        return false;
    }
    if (out->worker && out->command != QLatin1String("run")) {
        *error = QStringLiteral("--worker goes with a profile: barge run PROFILE --worker");
        return false;
    }
    if (out->worker && (out->resume || out->dryRun || !out->tables.isEmpty() || out->mode || !out->types.isEmpty()
                        || !out->saveProfile.isEmpty())) {
        *error = QStringLiteral("every worker runs the profile as saved, and a worker always carries on the "
                                "profile's job: --worker takes no --resume, --dry-run, --table, --mode, --type or "
                                "--save-profile");
        return false;
    }
    if (out->resume && out->restart) {
        *error = QStringLiteral("--resume finishes the interrupted run, --restart starts over: choose one");
        return false;
    }
    if (out->resume && (!out->tables.isEmpty() || out->mode || !out->types.isEmpty() || out->onError || out->rejectsDir)) {
        *error = QStringLiteral("--resume finishes the run as it was started: it takes no --table, --mode, --type, "
                                "--on-error or --rejects");
        return false;
    }
    if (out->positional.size() != arity.value(out->command)) {
        *error = QStringLiteral("%1 expects %2 argument(s), got %3")
                     .arg(out->command).arg(arity.value(out->command)).arg(out->positional.size());
        return false;
    }
    return true;
}

QString CliArguments::usage()
{
    return QStringLiteral(
        "Usage:\n"
        "  barge                                open the wizard\n"
        "  barge wizard [PROFILE|FILE]          open the wizard loaded with a profile (.json), or with a data\n"
        "                                       file (.db, .csv, .jsonl, .xlsx, .mdb...) as the source\n"
        "  barge wizard --demo                  open the wizard on the bundled demo shop database\n"
        "  barge copy SOURCE_URL TARGET_URL [options]   migrate now (all tables unless --table)\n"
        "  barge run PROFILE [options]          run a saved profile; options given here override the profile's\n"
        "  barge sync PROFILE [options]         make each target table equal its source: compare checksums of\n"
        "                                       key groups, then insert and update only what differs\n"
        "  barge verify PROFILE                 compare each table's source and target: counts, then contents\n"
        "  barge inspect URL                    list tables and columns with the types Barge sees\n"
        "  barge demo FILE                      write the bundled demo shop database to a new SQLite file\n"
        "Options:\n"
        "  --table NAME[=TARGET]    repeatable\n"
        "  --type TABLE.COLUMN=TYPE the target column's type (int64, decimal(12,2), text(40), ...); repeatable\n"
        "  --mode append|merge|truncate|replace|skip  (default append; merge inserts new rows and updates\n"
        "                           changed ones by the target's key; replace drops and re-creates)\n"
        "  --batch-size N           rows per commit\n"
        "  --on-error abort|skip    --rejects DIR (default: current folder)\n"
        "  --report FILE            JSON report\n"
        "  --save-profile FILE      write the profile (copy); with --dry-run: write it and plan, copy nothing\n"
        "  --dry-run                show the plan (tables, mappings, DDL) and stop; sync: list what it would change\n"
        "  --jobs N                 tables (or ranges of a big table) in parallel\n"
        "  --ranges auto|off|ROWS   split big tables with an integer key into key ranges, and big CSV files\n"
        "                           at record boundaries, that load side by side and resume each on its\n"
        "                           own; with ROWS, PostgreSQL tables without one split by pages (auto:\n"
        "                           1,000,000 rows per range for tables over 2,000,000 rows, with --jobs 2\n"
        "                           or more into PostgreSQL/MariaDB)\n"
        "  --quiet                  no progress output\n"
        "  --verify                 compare each table's target with the source: counts, then contents\n"
        "  --delete                 sync: also delete the rows the source no longer has (children first)\n"
        "  --max-delete PERCENT     sync: stop before deleting more than this share of a table (default 10)\n"
        "  --force                  sync: delete past --max-delete\n"
        "  --resume                 run: finish the profile's interrupted run (after a crash, kill or lost server)\n"
        "  --restart                run: start over, abandoning an interrupted run of the profile\n"
        "  --worker                 run: share the profile's run with the other `barge run PROFILE --worker`\n"
        "                           processes, here or on other machines, through the PostgreSQL or MariaDB\n"
        "                           target; each claims tables and key ranges until all are done (docs/scaling.md)\n"
        "URLs: sqlite:///abs/file.db  sqlite:relative.db  csv:///abs/file.csv  csv:///abs/folder/\n"
        "      postgresql://user@host:port/db  mysql://user@host:port/db  (see docs/urls.md)\n"
        "Exit: 0 every row written; 3 finished with rejected rows; 1 failed or aborted;\n"
        "      2 usage, URL or profile error; 130 cancelled.\n");
}

} // namespace barge
