#include "untrustedtext.h"

#include "core/markdown/invisiblecharacters.h"

QString UntrustedText::shown(const QString &text)
{
    return InvisibleCharacters::revealed(text, InvisibleCharacters::Context::Text);
}

QString UntrustedText::toolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Escaped inside a paragraph Qt reads as rich text: the tags in the text are shown, not
    // followed; pre-wrap keeps its lines and spaces as a plain tooltip would.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + shown(text).toHtmlEscaped()
           + QStringLiteral("</p>");
}
