#pragma once

#include <QString>

// Text that came from a file or a provider (a message, a field or function name, a job's
// event), made safe for a label, a list or a tooltip. Qt shows a tooltip, or a label left to
// guess, as rich text when it looks like HTML: an <img> there would be read from disk (a
// file: address, even /dev/zero). And a bidirectional override would turn the words around.
// Edit boxes keep the text exactly as it is; the dataset checks flag the hidden characters.
class UntrustedText
{
public:
    // The text with every hidden character shown as its marker, e.g. "⟨U+202E⟩".
    static QString shown(const QString &text);
    // The same as a tooltip that Qt always shows as the text itself, whatever it holds; empty
    // for empty text (no tooltip).
    static QString toolTip(const QString &text);
};
