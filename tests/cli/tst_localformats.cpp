// Exports from real desktops (issue #18): CSV files LibreOffice Calc wrote under German, French,
// Swiss, US and ISO conventions (tests/data/local, made by scripts/make-local-fixtures.sh) read
// with the URL's format options by the real barge: every column gets the type its values call for,
// and every value arrives as the spreadsheet held it (the .expected.json next to each file). The
// same through a saved profile, and back out into a CSV for a German desktop.

#include "io/csv/csvdialect.h"
#include "io/csv/csvparser.h"
#include "endpoint/endpoint.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace barge;

namespace {

const QString fixtures = qEnvironmentVariable("BARGE_SOURCE_DIR") + QStringLiteral("/tests/data/local/");

struct Run
{
    int code = -1;
    QString output;
};

// The file's records, parsed canonically (the output of a copy into a plain CSV).
QList<QList<QVariant>> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvDialect dialect;
    CsvParser parser(&file, dialect);
    QList<QList<QVariant>> records;
    if (!parser.start())
        return {};
    QList<QVariant> record;
    QString problem;
    while (parser.readRecord(record, &problem))
        records << record;
    return records;
}

} // namespace

class TestLocalFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_exe = qEnvironmentVariable("BARGE_EXE");
        QVERIFY2(QFile::exists(m_exe), "BARGE_EXE must name the built barge executable");
        QVERIFY(m_dir.isValid());
    }

    void exports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("options");
        QTest::newRow("German, windows-1252") << "de_DE"
            << "encoding=windows-1252&delimiter=;&locale=de_DE&bool=ja/nein&date=dd.MM.yyyy|d. MMMM yyyy";
        QTest::newRow("German, CRLF") << "de_DE_crlf"
            << "encoding=windows-1252&delimiter=;&decimal=,&thousands=.&bool=ja/nein&date=dd.MM.yyyy|d. MMMM yyyy&locale=de";
        QTest::newRow("German, trailing minus") << "de_DE_trailing_minus" << "delimiter=;&locale=de_DE&minus=trailing&bool=ja/nein";
        QTest::newRow("French") << "fr_FR" << "locale=fr_FR&bool=oui/non&date=dd/MM/yyyy|d MMMM yyyy";
        QTest::newRow("Swiss") << "de_CH" << "locale=de_CH&bool=ja/nein";
        QTest::newRow("US") << "en_US" << "locale=en_US&bool=yes/no";
        QTest::newRow("US, order told by the user") << "en_US_ambiguous_dates" << "date=MM/dd/yyyy&decimal=.&bool=yes/no";
        QTest::newRow("ISO") << "iso" << "";
    }

    // Types from inspect, values through a copy into a plain CSV, compared with the spreadsheet's.
    void exports()
    {
        QFETCH(QString, file);
        QFETCH(QString, options);
        QFile expectedFile(fixtures + file + QStringLiteral(".expected.json"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
        const QString source = QStringLiteral("csv://") + fixtures + file + QStringLiteral(".csv")
            + (options.isEmpty() ? QString() : u'?' + options);

        const Run inspect = run({QStringLiteral("inspect"), source});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.output));
        const QString out = m_dir.filePath(file + QStringLiteral("-out/"));
        const Run copy = run({QStringLiteral("copy"), source, QStringLiteral("csv://") + out});
        QVERIFY2(copy.code == 0, qPrintable(copy.output));
        QVERIFY2(copy.output.contains(QLatin1String(" 0 rejected")), qPrintable(copy.output));
        const QList<QList<QVariant>> records = readCsv(out + file + QStringLiteral(".csv"));

        const QJsonArray columns = expected.value(QLatin1String("columns")).toArray();
        QCOMPARE(records.size(), expected.value(QLatin1String("row_count")).toInt() + 1);
        for (int c = 0; c < columns.size(); ++c) {
            const QJsonObject column = columns.at(c).toObject();
            const QString name = column.value(QLatin1String("name")).toString();
            const QString type = column.value(QLatin1String("type")).toString();
            // inspect prints "  name  -  type"; the kind is enough (decimal(10,2) is "decimal").
            const QRegularExpression line(QStringLiteral("\\n  %1\\s+-\\s+(\\w+)").arg(QRegularExpression::escape(name)));
            const QRegularExpressionMatch match = line.match(inspect.output);
            QVERIFY2(match.hasMatch(), qPrintable(name + u'\n' + inspect.output));
            QCOMPARE(match.captured(1), type == QLatin1String("boolean") ? QStringLiteral("boolean") : type);
            QCOMPARE(records.at(0).at(c).toString(), name);
            const QJsonArray values = column.value(QLatin1String("values")).toArray();
            for (int r = 0; r < values.size(); ++r) {
                const QVariant got = records.at(r + 1).at(c);
                const QJsonValue want = values.at(r);
                if (want.isNull())
                    QVERIFY2(!got.isValid(), qPrintable(QStringLiteral("%1 row %2: %3").arg(name).arg(r + 1).arg(got.toString())));
                else
                    QCOMPARE(got.toString(), want.toVariant().toString());
            }
        }
    }

    // Without the options the same German file loses nothing either: every column is text, as written.
    void withoutOptionsEverythingIsText()
    {
        const Run inspect = run({QStringLiteral("inspect"),
                                 QStringLiteral("csv://") + fixtures + QStringLiteral("de_DE.csv?encoding=windows-1252&delimiter=;")});
        QVERIFY2(inspect.code == 0, qPrintable(inspect.output));
        QVERIFY2(!inspect.output.contains(QLatin1String("decimal")), qPrintable(inspect.output));
        QVERIFY2(inspect.output.contains(QRegularExpression(QStringLiteral("Betrag\\s+-\\s+text"))), qPrintable(inspect.output));
    }

    // A value that does not fit the format is rejected, with the value and the format named.
    void misfitsAreRejectedNamingTheFormat()
    {
        const QString path = m_dir.filePath(QStringLiteral("misfit.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Betrag;Datum\n1.234,56;31.12.2023\n2,50;01.01.2024\n");
        file.close();
        const QString source = QStringLiteral("csv://%1?delimiter=;&locale=de_DE").arg(path);
        // Planned as decimal and date from these rows; then the file gains rows that do not fit.
        const QString profile = m_dir.filePath(QStringLiteral("misfit.barge.json"));
        const QString target = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("misfit.db"));
        Run saved = run({QStringLiteral("copy"), source, target, QStringLiteral("--save-profile"), profile,
                         QStringLiteral("--dry-run")});
        QVERIFY2(saved.code == 0, qPrintable(saved.output));
        QVERIFY(file.open(QIODevice::Append));
        file.write("1,234.56;31.12.2023\n7,00;2023-12-31\n");
        file.close();
        const Run load = run({QStringLiteral("run"), profile, QStringLiteral("--on-error"), QStringLiteral("skip")});
        QVERIFY2(load.output.contains(QLatin1String(" 2 rejected")), qPrintable(load.output));
        QFile rejects(m_dir.filePath(QStringLiteral("misfit.rejects.csv")));
        const QString all = load.output + (rejects.open(QIODevice::ReadOnly) ? QString::fromUtf8(rejects.readAll()) : QString());
        QVERIFY2(all.contains(QLatin1String("'1,234.56' is not a number written like -1.234,56")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'2023-12-31' is not a date or time written dd.MM.yyyy")), qPrintable(all));
    }

    // What the plan says of a small file under the format: the column's type and the note on it.
    void planOfAColumn_data()
    {
        QTest::addColumn<QString>("content"); // UTF-8, one column named c
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("type"); // --type c=..., or empty
        QTest::addColumn<QString>("line"); // the plan's line for the column
        QTest::addColumn<QString>("note"); // a note the plan must hold, or empty: none on the column
        QTest::newRow("yyyyMMdd") << "c\n20231231\n20240229\n" << "date=yyyyMMdd" << ""
                                  << "c DATE <- c" << "c: date from values like 20231231";
        // The user's type agrees with the inferred one: nothing may be lost.
        QTest::newRow("yyyyMMdd, typed date") << "c\n20231231\n20240229\n" << "date=yyyyMMdd" << "date"
                                              << "c DATE <- c" << "c: date from values like 20231231";
        QTest::newRow("yyyyMMdd, one no day") << "c\n20231231\n20231332\n" << "date=yyyyMMdd" << ""
                                              << "c INTEGER <- c" << "";
        QTest::newRow("eight digits without a pattern") << "c\n20231231\n20240229\n" << "" << ""
                                                        << "c INTEGER <- c" << "";
        QTest::newRow("trailing minus not asked")
            << "c\n1.234,56\n17,50-\n" << "locale=de_DE" << "" << "c TEXT <- c"
            << "c: values like 17,50- end in a minus sign; left as text (add minus=trailing to the source URL "
               "to read them as negative numbers)";
        QTest::newRow("trailing minus asked") << "c\n1.234,56\n17,50-\n" << "locale=de_DE&minus=trailing" << ""
                                              << "c NUMERIC(6,2) <- c" << "c: decimal(6,2) from values like 1.234,56";
        QTest::newRow("thin space") << QStringLiteral(u"c\n1\u2009234,56\n12\u2009345,5\n") << "decimal=,&thousands=space"
                                    << "" << "c NUMERIC(7,2) <- c" << QStringLiteral(u"c: decimal(7,2) from values like 1\u2009234,56");
    }

    void planOfAColumn()
    {
        QFETCH(QString, content);
        QFETCH(QString, options);
        QFETCH(QString, type);
        QFETCH(QString, line);
        QFETCH(QString, note);
        const QString path = m_dir.filePath(QStringLiteral("column.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content.toUtf8());
        file.close();
        // One column: the delimiter is told, since a decimal comma would look like one.
        QStringList arguments{QStringLiteral("copy"),
                              QStringLiteral("csv:") + path + QStringLiteral("?delimiter=;")
                                  + (options.isEmpty() ? QString() : u'&' + options),
                              QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("column.db")), QStringLiteral("--dry-run")};
        if (!type.isEmpty())
            arguments << QStringLiteral("--type") << QStringLiteral("column.c=") + type;
        const Run plan = run(arguments);
        QVERIFY2(plan.code == 0, qPrintable(plan.output));
        QVERIFY2(plan.output.contains(QStringLiteral("\n      ") + line + u'\n'), qPrintable(plan.output));
        QVERIFY2(!plan.output.contains(QLatin1String("may lose information")), qPrintable(plan.output));
        if (note.isEmpty())
            QVERIFY2(!plan.output.contains(QLatin1String("column: c")), qPrintable(plan.output));
        else
            QVERIFY2(plan.output.contains(QStringLiteral("column: ") + note), qPrintable(plan.output));
    }

    // The German export, headless from a saved profile: the format options travel in the profile.
    void profileCarriesTheFormat()
    {
        const QString source = QStringLiteral("csv://") + fixtures
            + QStringLiteral("de_DE.csv?encoding=windows-1252&delimiter=;&locale=de_DE&bool=ja/nein");
        const QString profile = m_dir.filePath(QStringLiteral("german.barge.json"));
        const QString target = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("german.db"));
        Run saved = run({QStringLiteral("copy"), source, target, QStringLiteral("--save-profile"), profile,
                         QStringLiteral("--dry-run")});
        QVERIFY2(saved.code == 0, qPrintable(saved.output));
        QVERIFY2(saved.output.contains(QLatin1String("Betrag: decimal(10,2) from values like 1.234,56 (German")),
                 qPrintable(saved.output));
        const Run load = run({QStringLiteral("run"), profile});
        QVERIFY2(load.code == 0, qPrintable(load.output));
        QVERIFY2(load.output.contains(QLatin1String("30 written")), qPrintable(load.output));
        const Run check = run({QStringLiteral("inspect"), target});
        QVERIFY2(check.output.contains(QRegularExpression(QStringLiteral("Betrag\\s+NUMERIC\\(10,2\\)"))), qPrintable(check.output));
        QVERIFY2(check.output.contains(QRegularExpression(QStringLiteral("Datum\\s+DATE"))), qPrintable(check.output));
        QVERIFY2(check.output.contains(QRegularExpression(QStringLiteral("Aktiv\\s+BOOLEAN"))), qPrintable(check.output));
    }

    // Out again for a German desktop: ';', decimal comma, dd.MM.yyyy and ja/nein, in windows-1252,
    // and read back with the same options to the same values.
    void writesForAGermanDesktop()
    {
        const QString options = QStringLiteral("?encoding=windows-1252&delimiter=;&locale=de_DE&bool=ja/nein");
        const QString source = QStringLiteral("csv://") + fixtures + QStringLiteral("de_DE.csv") + options;
        const QString german = m_dir.filePath(QStringLiteral("german-out/"));
        Run copy = run({QStringLiteral("copy"), source, QStringLiteral("csv://") + german + options});
        QVERIFY2(copy.code == 0, qPrintable(copy.output));
        QFile written(german + QStringLiteral("de_DE.csv"));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY2(bytes.contains("00123;M\xfcller;1.234,56;1.500,00;31.12.2023;14:30:00;ja;"), bytes.left(200).constData());
        const QString plain = m_dir.filePath(QStringLiteral("german-back/"));
        copy = run({QStringLiteral("copy"), QStringLiteral("csv://") + german + QStringLiteral("de_DE.csv") + options,
                    QStringLiteral("csv://") + plain});
        QVERIFY2(copy.code == 0, qPrintable(copy.output));
        const QList<QList<QVariant>> back = readCsv(plain + QStringLiteral("de_DE.csv"));
        QCOMPARE(back.value(1).value(2).toString(), QStringLiteral("1234.56"));
        QCOMPARE(back.value(2).value(2).toString(), QStringLiteral("-17.50"));
        QCOMPARE(back.value(1).value(4).toString(), QStringLiteral("2023-12-31"));
        QCOMPARE(back.value(2).value(6).toString(), QStringLiteral("false"));
    }

    // A windows-1252 file without encoding=: read as such when ICU is sure, and said so on stderr;
    // refused, naming the candidates and the option, when it is not (LibreOffice's short German export).
    void encodingIsDetected()
    {
        QString text = QStringLiteral("Kundennr;Name;Ort;Bemerkung\n");
        for (int i = 1; i < 40; ++i)
            text += QStringLiteral("%1;Jürgen Müller-Weiß;Düsseldorf;Größere Änderungen für Übermorgen, schöne Grüße\n").arg(i);
        const QString path = m_dir.filePath(QStringLiteral("kunden.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (const QChar c : text)
            bytes += c.unicode() < 0x100 ? char(c.unicode()) : '?'; // windows-1252 = latin1 for these letters
        file.write(bytes);
        file.close();
        const QString target = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("kunden.db"));
        Run copy = run({QStringLiteral("copy"), QStringLiteral("csv://") + path, target});
        QVERIFY2(copy.code == 0, qPrintable(copy.output));
        QVERIFY2(copy.output.contains(QRegularExpression(QStringLiteral(
                     "kunden.csv is not UTF-8; reading it as windows-1252 \\(confidence \\d+%\\); add \\?encoding=windows-1252 to say so"))),
                 qPrintable(copy.output));
        QVERIFY2(copy.output.contains(QLatin1String(" 0 rejected")), qPrintable(copy.output));

        copy = run({QStringLiteral("copy"), QStringLiteral("csv://") + fixtures + QStringLiteral("de_DE.csv"), target,
                    QStringLiteral("--dry-run")});
        QCOMPARE(copy.code, 2);
        QVERIFY2(copy.output.contains(QLatin1String("de_DE.csv is not UTF-8, and its encoding is not clear: perhaps windows-1252 ("))
                     && copy.output.contains(QLatin1String("?encoding=windows-1252")),
                 qPrintable(copy.output));
    }

private:
    Run run(const QStringList &arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_exe, arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

    QString m_exe;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLocalFormats)
#include "tst_localformats.moc"
