#pragma once
// BoundedQueue: hands batches from a table job's reader thread to its writer thread. push() blocks
// while the queue is full, so a fast reader cannot fill memory; close() wakes both sides.
// Thread safe.

#include <QMutex>
#include <QMutexLocker>
#include <QQueue>
#include <QString>
#include <QWaitCondition>

namespace barge {

template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(int capacity) : m_capacity(capacity) {}

    // False when the queue was closed (the consumer gave up): stop producing.
    bool push(T item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= m_capacity && !m_closed)
            m_notFull.wait(&m_mutex);
        if (m_closed)
            return false;
        m_items.enqueue(std::move(item));
        m_notEmpty.wakeOne();
        return true;
    }

    // False once the queue is closed and drained.
    bool pop(T *item)
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.isEmpty() && !m_closed)
            m_notEmpty.wait(&m_mutex);
        if (m_items.isEmpty())
            return false;
        *item = m_items.dequeue();
        m_notFull.wakeOne();
        return true;
    }

    // Takes an item when one is there, without waiting.
    bool tryPop(T *item)
    {
        QMutexLocker lock(&m_mutex);
        if (m_items.isEmpty())
            return false;
        *item = m_items.dequeue();
        m_notFull.wakeOne();
        return true;
    }

    // No more items; a producer's failure travels as `error`. Items already queued can still be popped.
    void close(const QString &error = QString())
    {
        QMutexLocker lock(&m_mutex);
        if (!m_closed && !error.isEmpty())
            m_error = error;
        m_closed = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }

    QString error() const
    {
        QMutexLocker lock(&m_mutex);
        return m_error;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QQueue<T> m_items;
    int m_capacity;
    bool m_closed = false;
    QString m_error;
};

} // namespace barge
