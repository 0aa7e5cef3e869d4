#pragma once
// BargeLauncher: starts the real barge executable for command-line tests the way a user would:
// in a working folder of the test's, with a data folder of its own (checkpoints), the test
// servers' password in PGPASSWORD and MYSQL_PWD, and optionally held at the engine's pause point
// (PauseControl) or inside a network namespace (ip netns exec). Header only.
//   BargeLauncher barge(exe, dir.path(), servers.password);
//   const BargeLauncher::Result r = barge.run({"copy", "sqlite:a.db", "sqlite:b.db"});
//   std::unique_ptr<QProcess> held = barge.start({"run", "p.barge.json"}, &pause);

#include "pausecontrol.h"
#include "testservers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace barge::test {

class BargeLauncher
{
public:
    struct Result
    {
        int exitCode = -1; // -1: crashed or killed
        QString output;    // stdout and stderr, merged
    };

    BargeLauncher(const QString &exe, const QString &workDir, const QString &password)
        : m_exe(exe), m_workDir(workDir), m_password(password)
    {
    }

    // The same launcher, running barge inside network namespace `name`.
    BargeLauncher inNamespace(const QString &name) const
    {
        BargeLauncher copy = *this;
        copy.m_namespace = name;
        return copy;
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const PauseControl *pause = nullptr) const
    {
        auto process = std::make_unique<QProcess>();
        process->setWorkingDirectory(m_workDir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_workDir).filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("PGPASSWORD"), m_password);
        env.insert(QStringLiteral("MYSQL_PWD"), m_password);
        if (pause)
            pause->addTo(&env);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        if (m_namespace.isEmpty())
            process->start(m_exe, arguments);
        else // ip netns exec execs barge in place: the process id stays barge's
            process->start(QStringLiteral("ip"), QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_namespace, m_exe} + arguments);
        return process;
    }

    // Waits for a started barge to end (no time limit: CTest's timeout catches a hang).
    static Result finish(QProcess *process)
    {
        Result result;
        if (process->waitForFinished(-1) && process->exitStatus() == QProcess::NormalExit)
            result.exitCode = process->exitCode();
        else
            process->kill();
        process->waitForFinished();
        result.output = QString::fromUtf8(process->readAll());
        return result;
    }

    Result run(const QStringList &arguments) const
    {
        const std::unique_ptr<QProcess> process = start(arguments);
        return finish(process.get());
    }

private:
    QString m_exe;
    QString m_workDir;
    QString m_password;
    QString m_namespace;
};

// What a command-line test against the servers starts from: barge (BARGE_EXE), the servers
// (testServers), and a launcher working in `dir`. Returns why it cannot, or "".
//   const QString why = startCliTest(m_dir, &m_servers, &m_barge);
//   if (!why.isEmpty()) QFAIL(qPrintable(why));
inline QString startCliTest(const QTemporaryDir &dir, TestServers *servers, std::optional<BargeLauncher> *barge)
{
    const QString exe = qEnvironmentVariable("BARGE_EXE");
    if (!QFile::exists(exe))
        return QStringLiteral("BARGE_EXE must name the built barge executable");
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: %1").arg(dir.errorString());
    QString error;
    const std::optional<TestServers> found = testServers(&error);
    if (!found)
        return error;
    *servers = *found;
    barge->emplace(exe, dir.path(), servers->password);
    return QString();
}

} // namespace barge::test
