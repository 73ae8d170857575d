#pragma once

class QApplication;

// Builds the GUI's shared objects (settings, profiles, keys, network, workspace), opens the
// main window and runs the event loop.
namespace Application {
int run(QApplication &app);
}
