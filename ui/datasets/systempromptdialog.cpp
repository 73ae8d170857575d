#include "systempromptdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SystemPromptDialog::SystemPromptDialog(int exampleCount, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(current))
{
    setWindowTitle(tr("Change the Instructions"));
    auto intro = new QLabel(tr("The instructions (system prompt) tell the model who it is and "
                               "how to answer. This text replaces them in the %n selected "
                               "example(s). Leave it empty to remove them.",
                               nullptr, exampleCount));
    intro->setWordWrap(true);
    m_text->setPlaceholderText(tr("For example: You are the friendly support assistant of…"));
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to %n Example(s)", nullptr, exampleCount));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

QString SystemPromptDialog::prompt() const
{
    return m_text->toPlainText();
}
