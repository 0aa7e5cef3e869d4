#pragma once
// WizardDriver: clicks through a MigrationWizard the way a person would, waiting on the pages'
// own signals and state (never on fixed sleeps). Shared by the wizard tests; header only.
// With BARGE_SCREENSHOTS=dir in the environment, shoot() writes each page's grab() there.

#include "contraststyle.h"
#include "endpointform.h"
#include "waitfor.h"
#include "engine/report.h"
#include "filepathedit.h"
#include "migrationsetup.h"
#include "migrationwizard.h"
#include "runpage.h"
#include "sourcepage.h"
#include "summarypage.h"
#include "tablespage.h"
#include "tableselectionmodel.h"
#include "targetpage.h"
#include "translations.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUuid>
#include <QtTest>

namespace barge::test {

template <typename PageType>
PageType *page(MigrationWizard &wizard, MigrationWizard::PageId id)
{
    return qobject_cast<PageType *>(wizard.page(id));
}

inline void shoot(QWidget &wizard, const QString &name)
{
    const QString dir = qEnvironmentVariable("BARGE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(); // let pending layout requests settle before the grab
    wizard.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Every wizard test starts like the application: English strings with their plural forms, and
// QSettings / data folders in a test location.
inline void setUpApplication(const char *name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BargeTest"));
    QCoreApplication::setApplicationName(QLatin1String(name));
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    installContrastStyle();
}

// A wizard of the size the screenshots and the issue ask for, shown on the offscreen platform.
inline void prepare(MigrationWizard &wizard)
{
    wizard.resize(1280, 800);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
}

// Runs SQL against an SQLite file through its own connection (test data only).
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~SqliteFile()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError().text();
        return false;
    }
    // Every row of a query, values as QVariants.
    QList<QVariantList> rows(const QString &sql)
    {
        QList<QVariantList> result;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return result;
        }
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    }
    QStringList columns(const QString &table)
    {
        QStringList names;
        for (const QVariantList &row : rows(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            names << row.at(1).toString();
        return names;
    }
    qint64 count(const QString &table)
    {
        const QList<QVariantList> r = rows(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        return r.isEmpty() ? -1 : r.first().first().toLongLong();
    }

private:
    QString m_name;
    bool m_ok = false;
};

// A small shop: customers (250, some NULL scores), orders (600), notes (1).
inline void writeShop(const QString &path)
{
    SqliteFile db(path);
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "email TEXT, score REAL)")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, "
                                   "amount NUMERIC(10,2))")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
    QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                                   "INSERT INTO customers SELECT i, 'Customer ' || i, 'c' || i || '@example.com', "
                                   "CASE WHEN i % 7 = 0 THEN NULL ELSE i * 1.5 END FROM n")));
    QVERIFY(db.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                                   "INSERT INTO orders SELECT i, 1 + i % 250, (i % 100) + 0.25 FROM n")));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO notes VALUES (1, 'not copied')")));
}

// The step list down the wizard's side, as a person reads it: "✓  Source", "▸  Tables", "    Run".
inline QStringList stepTexts(MigrationWizard &wizard)
{
    QStringList texts;
    auto *steps = qobject_cast<QListWidget *>(wizard.sideWidget());
    for (int i = 0; steps && i < steps->count(); ++i)
        texts << steps->item(i)->text().trimmed();
    return texts;
}

// Start page -> Source page with a new migration.
inline void startNew(MigrationWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(MigrationWizard::StartPageId));
    shoot(wizard, QStringLiteral("01-start"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SourcePageId));
}

inline void chooseSqlite(EndpointForm *form, const QString &path)
{
    form->kindBox()->setCurrentIndex(0);
    form->sqlitePath()->setPath(path);
}

// From the Target page to a loaded Tables page.
inline void nextToTables(MigrationWizard &wizard)
{
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::TablesPageId));
    auto *tables = page<TablesPage>(wizard, MigrationWizard::TablesPageId);
    BARGE_WAIT_FOR(tables->isComplete());
}

inline int tableRow(TablesPage *tables, const QString &source)
{
    for (int row = 0; row < tables->model()->rowCount(); ++row) {
        if (tables->model()->entry(row).source == source)
            return row;
    }
    return -1;
}

// From the Options page through the Summary (checked in the background) onto the Run page and
// until the engine has finished.
inline void runFromSummary(MigrationWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(MigrationWizard::SummaryPageId));
    auto *summary = page<SummaryPage>(wizard, MigrationWizard::SummaryPageId);
    BARGE_WAIT_FOR(summary->isComplete());
    shoot(wizard, QStringLiteral("07-summary"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(MigrationWizard::RunPageId));
    auto *run = page<RunPage>(wizard, MigrationWizard::RunPageId);
    BARGE_WAIT_FOR(run->isComplete());
    shoot(wizard, QStringLiteral("08-run"));
}

inline void checkInvariant(const Report &report)
{
    for (const TableReport &t : report.tables)
        QCOMPARE(t.read, t.written + t.rejected);
}

} // namespace barge::test
