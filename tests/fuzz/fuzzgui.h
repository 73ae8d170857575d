#pragma once

namespace Fuzz {

// A QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise) for the targets that
// lay out text: QTextDocument needs fonts. Made before anything else asks for an application,
// so ensureApplication() finds it; kept until exit.
void ensureGuiApplication();

} // namespace Fuzz
