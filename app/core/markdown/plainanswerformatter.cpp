#include "plainanswerformatter.h"

#include "invisiblecharacters.h"

QString PlainAnswerFormatter::format(QStringView piece)
{
    QString input;
    if (!m_pendingHighSurrogate.isNull()) {
        input = m_pendingHighSurrogate + piece.toString();
        m_pendingHighSurrogate = QChar();
        piece = input;
    }
    // A character split between two pieces waits for its second half.
    if (!piece.isEmpty() && piece.back().isHighSurrogate()) {
        m_pendingHighSurrogate = piece.back();
        piece.chop(1);
    }

    const bool reveal =
        InvisibleCharacters::containsDisguising(piece, InvisibleCharacters::Context::Text);
    QString out;
    out.reserve(piece.size() + piece.size() / kLongestLine + 1);
    qsizetype index = 0;
    while (index < piece.size()) {
        const auto begin = index;
        const char32_t c = InvisibleCharacters::nextCodePoint(piece, index);
        if (c == u'\n') {
            m_column = 0;
        } else if (m_column >= kLongestLine) {
            out += QLatin1Char('\n');
            m_column = 0;
        }
        if (reveal && InvisibleCharacters::isDisguising(c, InvisibleCharacters::Context::Text))
            out += InvisibleCharacters::marker(c);
        else
            out += piece.sliced(begin, index - begin);
        if (c != u'\n')
            ++m_column;
    }
    return out;
}
