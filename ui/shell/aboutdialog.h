#pragma once

class QWidget;

// Help ▸ About Ajuste: version, purpose, licence, and the data that ships inside.
namespace AboutDialog {
void show(QWidget *parent);
}
