#include "credentials/passwordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace barge {

namespace {

// QtKeychain reports a missing Secret Service (no D-Bus session, no daemon) as NoBackendAvailable
// or, through libsecret, as OtherError with D-Bus's own words.
bool looksUnavailable(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented)
        return true;
    for (const char *word : {"D-Bus", "DBus", "dbus", "org.freedesktop.secrets", "autolaunch", "Secret Service",
                             "secret service", "No such interface", "ServiceUnknown", "Could not connect"}) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

PasswordStore::Result resultOf(QKeychain::Job *job, const QString &account)
{
    PasswordStore::Result result;
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError) {
        result.status = PasswordStore::Status::Done;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            result.password = read->textData();
        return result;
    }
    const QString text = job->errorString();
    if (error == QKeychain::EntryNotFound) {
        result.status = PasswordStore::Status::NotFound;
        result.message = QCoreApplication::translate("barge::PasswordStore",
                                                     "the system keychain holds no password for %1").arg(account);
    } else if (looksUnavailable(error, text)) {
        result.status = PasswordStore::Status::Unavailable;
        result.message = QCoreApplication::translate("barge::PasswordStore",
                                                     "the system keychain is not available (%1)").arg(text);
    } else {
        result.status = PasswordStore::Status::Failed;
        result.message = QCoreApplication::translate("barge::PasswordStore",
                                                     "the system keychain failed for %1 (%2)").arg(account, text);
    }
    return result;
}

void start(QKeychain::Job *job, const QString &account, QObject *context, PasswordStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [account, done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished, account)); });
    job->start();
}

PasswordStore::Result notStorable(const Endpoint &endpoint)
{
    PasswordStore::Result result;
    result.status = PasswordStore::Status::Failed;
    result.message = QCoreApplication::translate("barge::PasswordStore",
                                                 "%1 takes no password").arg(endpoint.displayName());
    return result;
}

using Starter = std::function<void(QObject *context, PasswordStore::Callback done)>;

PasswordStore::Result waitFor(const Starter &begin, int timeoutMs)
{
    QEventLoop loop;
    auto result = std::make_shared<PasswordStore::Result>();
    bool finished = false;
    begin(&loop, [&loop, result, &finished](const PasswordStore::Result &r) {
        *result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec(); // the job's answer arrives through this loop; `loop` as context cuts it off later
    }
    if (!finished) {
        result->status = PasswordStore::Status::Unavailable;
        result->message = QCoreApplication::translate("barge::PasswordStore",
                                                      "the system keychain did not answer within %1 s")
            .arg(timeoutMs / 1000);
    }
    return *result;
}

} // namespace

QString PasswordStore::service()
{
    return QStringLiteral("Barge");
}

QString PasswordStore::account(const Endpoint &endpoint)
{
    if (endpoint.info().shape != KindInfo::Shape::Server)
        return QString();
    const int port = endpoint.port > 0 ? endpoint.port : endpoint.info().defaultPort;
    // A socket stands where the host would: it is what tells two local servers apart.
    QString host = endpoint.option(endpoint.info().socketOption);
    if (host.isEmpty())
        host = endpoint.host.isEmpty() ? QStringLiteral("localhost") : endpoint.host.toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2@%3:%4/%5")
        .arg(endpoint.info().canonicalScheme(), endpoint.user, host)
        .arg(port)
        .arg(endpoint.database);
}

void PasswordStore::read(const Endpoint &endpoint, QObject *context, Callback done)
{
    if (!canStore(endpoint)) {
        done(notStorable(endpoint));
        return;
    }
    start(new QKeychain::ReadPasswordJob(service()), account(endpoint), context, std::move(done));
}

void PasswordStore::write(const Endpoint &endpoint, const QString &password, QObject *context, Callback done)
{
    if (!canStore(endpoint)) {
        done(notStorable(endpoint));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setTextData(password);
    start(job, account(endpoint), context, std::move(done));
}

void PasswordStore::remove(const Endpoint &endpoint, QObject *context, Callback done)
{
    if (!canStore(endpoint)) {
        done(notStorable(endpoint));
        return;
    }
    start(new QKeychain::DeletePasswordJob(service()), account(endpoint), context, std::move(done));
}

PasswordStore::Result PasswordStore::readNow(const Endpoint &endpoint, int timeoutMs)
{
    return waitFor([&](QObject *context, Callback done) { read(endpoint, context, std::move(done)); }, timeoutMs);
}

PasswordStore::Result PasswordStore::writeNow(const Endpoint &endpoint, const QString &password, int timeoutMs)
{
    return waitFor([&](QObject *context, Callback done) { write(endpoint, password, context, std::move(done)); },
                   timeoutMs);
}

PasswordStore::Result PasswordStore::removeNow(const Endpoint &endpoint, int timeoutMs)
{
    return waitFor([&](QObject *context, Callback done) { remove(endpoint, context, std::move(done)); }, timeoutMs);
}

} // namespace barge
