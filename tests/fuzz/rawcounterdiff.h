#pragma once

#include <QByteArray>

namespace Fuzz {

// The fast chat-line counter (RawExampleCounter, which reads the line's bytes by hand) against
// the parsed path (QJsonDocument, ChatTokenCounter, ExampleFingerprint, ExampleChecker), the
// promise DatasetChecker relies on: whenever the fast path gives figures for a line that
// parses, they are the parsed path's figures; a line it calls plain parses, and the full
// checks find nothing in it but the missing system or user message it reports itself.
void compareRawCounterWithParsedPath(const QByteArray &line);

} // namespace Fuzz
