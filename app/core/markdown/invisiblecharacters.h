#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

// Characters that change how text looks without being seen: bidirectional overrides and
// isolates (the "Trojan Source" trick that shows code in another order than it runs), zero-width
// spaces and Unicode tag characters (text a reader cannot see but a model or a copy carries).
// Model output is untrusted, so these are shown as visible markers such as ⟨U+202E⟩.
class InvisibleCharacters
{
public:
    // Where the characters are shown: in running text, joiners and direction marks stay (they
    // are needed for emoji and right-to-left writing); in an address, every invisible is shown.
    enum class Context { Text, Address };

    static bool isDisguising(char32_t codePoint, Context context);
    static bool containsDisguising(QStringView text, Context context);
    // The same for running text as UTF-8 bytes, without converting it (the dataset checks'
    // fast path reads lines as bytes). Invalid UTF-8 counts as nothing found.
    static bool containsDisguisingUtf8(QByteArrayView utf8);
    // The markers of the different disguising characters in text, in order of appearance.
    static QStringList markersIn(QStringView text, Context context);
    // The text with each disguising character replaced by its visible marker.
    static QString revealed(QStringView text, Context context);
    // The marker that stands for one character, e.g. "⟨U+200B⟩".
    static QString marker(char32_t codePoint);

    // The code point starting at index (a surrogate pair counts as one); advances index.
    static char32_t nextCodePoint(QStringView text, qsizetype &index)
    {
        const QChar c = text.at(index++);
        if (c.isHighSurrogate() && index < text.size() && text.at(index).isLowSurrogate())
            return QChar::surrogateToUcs4(c, text.at(index++));
        return c.unicode();
    }
};
