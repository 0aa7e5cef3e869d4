#include "io/mariadb/mariadbresult.h"

#include <mysql.h>

#include <utility>

namespace barge {

MariaDbResult::MariaDbResult(MYSQL_RES *result)
    : m_result(result), m_columns(result ? int(mysql_num_fields(result)) : 0)
{
}

MariaDbResult::~MariaDbResult()
{
    if (m_result)
        mysql_free_result(m_result);
}

MariaDbResult::MariaDbResult(MariaDbResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)), m_row(std::exchange(other.m_row, nullptr)),
      m_lengths(std::exchange(other.m_lengths, nullptr)), m_columns(std::exchange(other.m_columns, 0))
{
}

MariaDbResult &MariaDbResult::operator=(MariaDbResult &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            mysql_free_result(m_result);
        m_result = std::exchange(other.m_result, nullptr);
        m_row = std::exchange(other.m_row, nullptr);
        m_lengths = std::exchange(other.m_lengths, nullptr);
        m_columns = std::exchange(other.m_columns, 0);
    }
    return *this;
}

qint64 MariaDbResult::rows() const
{
    return m_result ? qint64(mysql_num_rows(m_result)) : 0;
}

const MYSQL_FIELD *MariaDbResult::field(int column) const
{
    return m_result ? mysql_fetch_field_direct(m_result, unsigned(column)) : nullptr;
}

bool MariaDbResult::next()
{
    if (!m_result)
        return false;
    m_row = mysql_fetch_row(m_result);
    m_lengths = m_row ? mysql_fetch_lengths(m_result) : nullptr;
    return m_row != nullptr;
}

QString MariaDbResult::text(int column) const
{
    return m_row[column] ? QString::fromUtf8(m_row[column], size(column)) : QString();
}

QByteArray MariaDbResult::bytes(int column) const
{
    return m_row[column] ? QByteArray(m_row[column], size(column)) : QByteArray();
}

qint64 MariaDbResult::integer(int column) const
{
    return m_row[column] ? QByteArray::fromRawData(m_row[column], size(column)).toLongLong() : 0;
}

} // namespace barge
