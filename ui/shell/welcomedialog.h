#pragma once

#include <QDialog>

// The first-run tour: what Ajuste is for, the four steps of the flow, and a way in — the
// sample workspace or an empty one.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { StartEmpty = QDialog::Rejected, OpenSample = QDialog::Accepted };

    explicit WelcomeDialog(QWidget *parent = nullptr);
};
