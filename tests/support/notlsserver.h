#pragma once
// Test helper: a listener on 127.0.0.1 that greets a client the way a PostgreSQL or MariaDB server
// does when it offers no TLS (PostgreSQL answers 'N' to the client's SSLRequest; MariaDB's greeting
// lacks the SSL capability) and records every byte the client sends. PostgreSQL: it hangs up at the
// startup packet (the login). MariaDB: it accepts any login (an OK packet), optionally after asking
// for the password in clear text (an auth switch to mysql_clear_password), and hangs up at the first
// query. It shows what a client does when TLS is impossible: whether it refuses, and what it sent
// first. Not a database: it answers no query.
//   NoTlsServer server(NoTlsServer::Protocol::MariaDb);
//   ... connect to 127.0.0.1:server.port() ...
//   const QByteArray sent = server.finish();

#include <QByteArray>
#include <QtEndian>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace barge::test {

class NoTlsServer
{
public:
    enum class Protocol { Postgres, MariaDb };

    explicit NoTlsServer(Protocol protocol, bool askForClearPassword = false)
        : m_protocol(protocol), m_askForClearPassword(askForClearPassword)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 4) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~NoTlsServer() { finish(); }
    NoTlsServer(const NoTlsServer &) = delete;
    NoTlsServer &operator=(const NoTlsServer &) = delete;

    int port() const { return m_port; } // 0 when the listener could not be set up
    // Stops listening (after the client, if one came, has hung up or 10 s passed) and returns
    // everything the client sent.
    QByteArray finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_received;
    }
    int connections() const { return m_connections; }

    // A MariaDB 10.11 protocol-10 greeting without CLIENT_SSL.
    static QByteArray mariaDbGreeting()
    {
        QByteArray payload;
        payload += char(10);
        payload += QByteArrayLiteral("5.5.5-10.11.99-MariaDB-notls");
        payload += char(0);
        payload += QByteArray("\x01\x00\x00\x00", 4);          // connection id
        payload += QByteArrayLiteral("abcdefgh");             // scramble, first part
        payload += char(0);
        const quint32 capabilities = 0x1 | 0x2 | 0x4 | 0x8 | 0x200 | 0x2000 | 0x8000 // no 0x800: CLIENT_SSL
            | (1u << 17) | (1u << 19); // multi results, plugin auth
        payload += char(capabilities & 0xff);
        payload += char((capabilities >> 8) & 0xff);
        payload += char(45);                                  // utf8mb4_general_ci
        payload += QByteArray("\x02\x00", 2);                 // autocommit
        payload += char((capabilities >> 16) & 0xff);
        payload += char((capabilities >> 24) & 0xff);
        payload += char(21);                                  // scramble length
        payload += QByteArray(10, char(0));
        payload += QByteArrayLiteral("ijklmnopqrst");         // scramble, second part
        payload += char(0);
        payload += QByteArrayLiteral("mysql_native_password");
        payload += char(0);
        QByteArray packet(4, char(0));
        packet[0] = char(payload.size() & 0xff);
        packet[1] = char((payload.size() >> 8) & 0xff);
        packet[2] = char((payload.size() >> 16) & 0xff);
        return packet + payload;                              // sequence id 0
    }

private:
    void record(const char *data, qsizetype size)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_received.append(data, size);
    }

    void serve()
    {
        // No deadline: the server lives until the test is done with it (m_stop, set on destruction).
        int client = -1;
        while (client < 0 && !m_stop) {
            pollfd waiting{m_listener, POLLIN, 0};
            if (::poll(&waiting, 1, 50) > 0)
                client = ::accept(m_listener, nullptr, nullptr);
        }
        if (client < 0)
            return;
        ++m_connections;
        if (m_protocol == Protocol::MariaDb) {
            const QByteArray greeting = mariaDbGreeting();
            (void)!::write(client, greeting.constData(), size_t(greeting.size()));
        }
        QByteArray pending; // PostgreSQL: bytes of the current 8-byte request
        int packets = 0;    // MariaDB: packets received
        bool hangUp = false;
        while (!hangUp && !m_stop) {
            pollfd readable{client, POLLIN, 0};
            if (::poll(&readable, 1, 50) <= 0)
                continue;
            char buffer[4096];
            const ssize_t n = ::read(client, buffer, sizeof buffer);
            if (n <= 0)
                break;
            record(buffer, n);
            if (m_protocol == Protocol::MariaDb) {
                ++packets; // one read, one packet: the client waits for an answer after each
                if (packets == 1 && m_askForClearPassword) {
                    // AuthSwitchRequest, sequence 2: "send me the password as it is".
                    const QByteArray name("mysql_clear_password");
                    QByteArray packet(4, char(0));
                    packet[0] = char(name.size() + 3);
                    packet[3] = char(2);
                    packet += char(0xfe) + name + char(0) + char(0);
                    (void)!::write(client, packet.constData(), size_t(packet.size()));
                } else if (packets <= (m_askForClearPassword ? 2 : 1)) {
                    const char ok[] = {7, 0, 0, char(m_askForClearPassword ? 4 : 2), 0, 0, 0, 2, 0, 0, 0};
                    (void)!::write(client, ok, sizeof ok);
                } else {
                    hangUp = true; // a query: this is no database
                }
                continue;
            }
            pending.append(buffer, n);
            // SSLRequest (80877103) and GSSENCRequest (80877104) are 8 bytes: refuse each with 'N'.
            while (pending.size() >= 8) {
                const quint32 code = qFromBigEndian<quint32>(pending.constData() + 4);
                if (qFromBigEndian<quint32>(pending.constData()) != 8 || (code != 80877103u && code != 80877104u)) {
                    hangUp = true; // a startup packet: the login
                    break;
                }
                (void)!::write(client, "N", 1);
                pending.remove(0, 8);
            }
        }
        ::close(client);
    }

    Protocol m_protocol;
    bool m_askForClearPassword = false;
    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_connections{0};
    std::thread m_thread;
    std::mutex m_mutex;
    QByteArray m_received;
};

} // namespace barge::test
