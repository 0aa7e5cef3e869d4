#pragma once
// MariaDbResult: owns one buffered MariaDB/MySQL result (mysql_store_result) and reads its rows as the
// server sent them: text protocol bytes with their lengths, so nothing is lost on the way (Qt's
// QMYSQL driver turns DATETIME into QDateTime, which drops microseconds and zero dates).
// Used by the thread that owns the connection.

#include <QByteArray>
#include <QString>

struct st_mysql_res;
struct st_mysql_field;

namespace barge {

class MariaDbResult
{
public:
    explicit MariaDbResult(st_mysql_res *result = nullptr);
    ~MariaDbResult();
    MariaDbResult(MariaDbResult &&other) noexcept;
    MariaDbResult &operator=(MariaDbResult &&other) noexcept;
    MariaDbResult(const MariaDbResult &) = delete;
    MariaDbResult &operator=(const MariaDbResult &) = delete;

    bool isValid() const { return m_result != nullptr; }
    int columns() const { return m_columns; }
    qint64 rows() const;
    const st_mysql_field *field(int column) const;

    // Moves to the next row; false after the last one.
    bool next();
    bool isNull(int column) const { return m_row[column] == nullptr; }
    const char *data(int column) const { return m_row[column]; }
    qsizetype size(int column) const { return qsizetype(m_lengths[column]); }
    QString text(int column) const; // UTF-8; a null QString for NULL
    QByteArray bytes(int column) const;
    qint64 integer(int column) const; // 0 for NULL or non-numbers

private:
    st_mysql_res *m_result = nullptr;
    char **m_row = nullptr;
    unsigned long *m_lengths = nullptr;
    int m_columns = 0;
};

} // namespace barge
