#include "base/messagepattern.h"

#include <algorithm>

namespace barge {

MessagePattern::MessagePattern(const QString &translatedTemplate, const QHash<int, QString> &known)
{
    // QString::arg's placeholders: %1 to %99.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d\\d?)"));
    QString pattern;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(translatedTemplate); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        pattern += QRegularExpression::escape(translatedTemplate.mid(at, found.capturedStart() - at));
        at = found.capturedEnd();
        const int n = found.captured(1).toInt();
        const QString group = QStringLiteral("a%1").arg(n);
        if (known.contains(n)) {
            pattern += QRegularExpression::escape(known.value(n));
        } else if (m_captured.contains(n)) {
            pattern += QStringLiteral("\\k<%1>").arg(group); // the same text again
        } else {
            // As little as lets the words after it match; all that is left at the end.
            pattern += QStringLiteral("(?<%1>.*%2)").arg(group, at == translatedTemplate.size() ? QString() : QStringLiteral("?"));
            m_captured.insert(n);
        }
    }
    pattern += QRegularExpression::escape(translatedTemplate.mid(at));
    const auto options = QRegularExpression::DotMatchesEverythingOption;
    m_anywhere = QRegularExpression(pattern, options);
    m_start = QRegularExpression(QStringLiteral("\\A(?:%1)").arg(pattern), options);
    m_whole = QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern), options);
}

QStringList MessagePattern::match(const QString &message, Anchor anchor) const
{
    const QRegularExpression &re = anchor == Anchor::Whole ? m_whole : anchor == Anchor::Start ? m_start : m_anywhere;
    const QRegularExpressionMatch found = re.match(message);
    if (!found.hasMatch())
        return QStringList();
    QStringList parts{found.captured(0)};
    const int highest = m_captured.isEmpty() ? 0 : *std::max_element(m_captured.cbegin(), m_captured.cend());
    for (int n = 1; n <= highest; ++n)
        parts << (m_captured.contains(n) ? found.captured(QStringLiteral("a%1").arg(n)) : QString());
    return parts;
}

} // namespace barge
