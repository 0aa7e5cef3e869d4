#include "schema/numbertext.h"

#include <QtGlobal>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

namespace barge {

NumberText::Parse NumberText::parseInteger(QStringView s, qlonglong *value)
{
    qsizetype i = 0;
    const bool negative = !s.isEmpty() && s[0] == u'-';
    if (!s.isEmpty() && (s[0] == u'-' || s[0] == u'+'))
        ++i;
    if (i == s.size())
        return NumberText::Parse::Invalid;
    const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
    quint64 magnitude = 0;
    bool overflow = false;
    for (; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return NumberText::Parse::Invalid;
        const unsigned digit = c - u'0';
        if (magnitude > (limit - digit) / 10)
            overflow = true; // keep scanning: "99999999999999999999x" is not an integer at all
        else
            magnitude = magnitude * 10 + digit;
    }
    if (overflow)
        return NumberText::Parse::OutOfRange;
    *value = negative ? qlonglong(0 - magnitude) : qlonglong(magnitude);
    return NumberText::Parse::Ok;
}

NumberText::Parse NumberText::parseReal(QStringView s, double *value)
{
    const bool plus = s.startsWith(u'+'); // from_chars takes no '+', people do
    if (plus)
        s = s.mid(1);
    if (s.isEmpty() || (plus && s.startsWith(u'-')))
        return NumberText::Parse::Invalid;
    char small[64];
    std::string large;
    char *chars = small;
    if (s.size() > qsizetype(sizeof small)) {
        large.resize(size_t(s.size()));
        chars = large.data();
    }
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c > 127)
            return NumberText::Parse::Invalid;
        chars[i] = char(c);
    }
    const auto [end, error] = std::from_chars(chars, chars + s.size(), *value);
    if (error == std::errc::result_out_of_range)
        return NumberText::Parse::OutOfRange;
    return error == std::errc() && end == chars + s.size() ? NumberText::Parse::Ok : NumberText::Parse::Invalid;
}

int NumberText::formatReal(double value, char *buffer)
{
    const auto literal = [buffer](const char *text) {
        const int length = int(std::strlen(text));
        std::memcpy(buffer, text, size_t(length));
        return length;
    };
    if (std::isnan(value))
        return literal("NaN");
    if (std::isinf(value))
        return literal(value > 0 ? "Infinity" : "-Infinity");
    if (value == 0)
        return literal("0");

    // Shortest round-trip digits and exponent from the standard library, laid out the ECMAScript way.
    char scientific[40];
    const char *end = std::to_chars(scientific, scientific + sizeof scientific, value,
                                    std::chars_format::scientific).ptr;
    const char *p = scientific;
    char *out = buffer;
    if (*p == '-')
        *out++ = *p++;
    char digits[20];
    int k = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.')
            digits[k++] = *p;
    }
    int exponent = 0;
    std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exponent);
    const int n = exponent + 1; // digits before the decimal point

    if (k <= n && n <= 21) {
        out = std::copy(digits, digits + k, out);
        out = std::fill_n(out, n - k, '0');
    } else if (0 < n && n <= 21) {
        out = std::copy(digits, digits + n, out);
        *out++ = '.';
        out = std::copy(digits + n, digits + k, out);
    } else if (-6 < n && n <= 0) {
        *out++ = '0';
        *out++ = '.';
        out = std::fill_n(out, -n, '0');
        out = std::copy(digits, digits + k, out);
    } else {
        *out++ = digits[0];
        if (k > 1) {
            *out++ = '.';
            out = std::copy(digits + 1, digits + k, out);
        }
        *out++ = 'e';
        *out++ = n - 1 < 0 ? '-' : '+';
        out = std::to_chars(out, out + 4, qAbs(n - 1)).ptr;
    }
    return int(out - buffer);
}

} // namespace barge
