#pragma once
// MessagePattern (core/base): recognises a message that core built from a template ("invalid %1 in field %2 at
// line %3, ..."), given the template as core says it now (its tr()). The wizard and the engine share
// one translator, so the words match in whatever language the message was made. Each %N matches any
// text and is captured; `known` gives some of them the exact text they must be. Stateless once made.

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace barge {

class MessagePattern
{
public:
    enum class Anchor { Anywhere, Start, Whole };

    explicit MessagePattern(const QString &translatedTemplate, const QHash<int, QString> &known = {});

    // Where the template occurs in `message`: element N is what %N stood for there (empty when %N
    // is not captured), element 0 the matched text; an empty list when it does not occur.
    QStringList match(const QString &message, Anchor anchor = Anchor::Anywhere) const;
    bool isIn(const QString &message) const { return !match(message).isEmpty(); }

private:
    QRegularExpression m_anywhere;
    QRegularExpression m_start;
    QRegularExpression m_whole;
    QSet<int> m_captured; // the N of each %N captured
};

} // namespace barge
