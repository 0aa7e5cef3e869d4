// barge: with no arguments (or "wizard") the migration wizard; with a subcommand the headless
// command line on QCoreApplication, which needs no display.

#include "cli/cliarguments.h"
#include "cli/commandline.h"
#include "cli/strictmessages.h"
#include "contraststyle.h"
#include "migrationwizard.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Barge"));
    QCoreApplication::setApplicationName(QStringLiteral("barge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BARGE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    barge::StrictMessages::installIfAsked();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    barge::CliArguments parsed;
    QString error;
    if (!barge::CliArguments::parse(arguments, &parsed, &error)) {
        std::fprintf(stderr, "barge: %s\n\n%s", error.toUtf8().constData(),
                     barge::CliArguments::usage().toUtf8().constData());
        return 2;
    }
    if (parsed.command != QLatin1String("wizard")) {
        // No translator: the command line speaks English whatever the locale (scripts read it).
        QCoreApplication app(argc, argv);
        describeApplication();
        const int code = barge::CommandLine::run(parsed);
        // The run is over: everything it wrote is committed and closed, its threads are joined.
        // What is left is tearing down process-wide state (Qt's globals, libpq's and OpenSSL's exit
        // handlers), where a CI run twice saw glibc abort with "double free" after a PostgreSQL
        // source had been read and everything had been written. Nothing there has anything to write,
        // so the command line ends without it: the exit code is the run's, never an abort's.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(code);
    }
    QApplication app(argc, argv);
    describeApplication();
    // Lets Wayland compositors match the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.barge.Barge"));
    // Before anything makes a message: core's messages are translated as they are made.
    barge::installTranslations(app);
    barge::installContrastStyle(); // check boxes that show on a dark palette too
    barge::MigrationWizard wizard;
    if (parsed.demo)
        wizard.startDemo();
    else if (!parsed.positional.isEmpty())
        wizard.startFrom(parsed.positional.first()); // a profile, or a file of a kind that reads (.db, .csv, .jsonl, .xlsx, .mdb)
    wizard.show();
    return app.exec();
}
