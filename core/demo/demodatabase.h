#pragma once
// DemoDatabase: writes Barge's bundled demo shop (customers, products, orders, order_items; a few
// thousand rows with foreign keys, from resources/demo/shop.sql) into a new SQLite file.

#include <QCoreApplication>
#include <QString>

namespace barge {

class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(barge::DemoDatabase)

public:
    // Creates `path` (which must not exist yet). False with *error on failure.
    static bool create(const QString &path, QString *error);
    // The demo database in the user's data folder, created on first use.
    static QString ensureDefault(QString *error);
};

} // namespace barge
