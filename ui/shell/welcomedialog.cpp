#include "welcomedialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel *stepNumber(int number)
{
    auto label = new QLabel(QString::number(number));
    label->setAlignment(Qt::AlignCenter);
    label->setFixedSize(32, 32);
    label->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: "
                                        "palette(highlighted-text); border-radius: 16px; "
                                        "font-weight: bold; }"));
    return label;
}

QLabel *wrapped(const QString &text)
{
    auto label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("WelcomeDialog"));
    setWindowTitle(tr("Welcome to Ajuste"));

    auto logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/ajuste.svg")).pixmap(56, 56));
    auto heading = new QLabel(tr("Teach a language model to answer like your team"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setWordWrap(true);
    auto intro = wrapped(tr("Fine-tuning shows a model examples of good answers until it "
                            "answers that way by itself. You bring the examples; Ajuste takes "
                            "care of the rest, in four steps:"));

    const QString steps[] = {
        tr("<b>Curate examples.</b> Import conversations from a file or write them here: a "
           "question and the answer you want."),
        tr("<b>Check them.</b> Ajuste finds problems, explains how to fix them and tells you "
           "what training will cost before you spend anything."),
        tr("<b>Train.</b> Start a fine-tune on a provider and watch the model learn, live."),
        tr("<b>Compare answers.</b> Ask the base model and your tuned model the same question "
           "and see whether it got better."),
    };
    auto grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    for (int i = 0; i < 4; ++i) {
        grid->addWidget(stepNumber(i + 1), i, 0, Qt::AlignTop);
        grid->addWidget(wrapped(steps[i]), i, 1);
    }
    grid->setColumnStretch(1, 1);

    auto sandboxNote = wrapped(
        tr("You can try everything right now: the <b>Sandbox</b> simulates a provider on this "
           "computer, with no key, no internet and no cost."));
    sandboxNote->setObjectName(QStringLiteral("sandboxNote"));
    sandboxNote->setStyleSheet(QStringLiteral(
        "QLabel#sandboxNote { background: #eaf2ff; border: 1px solid #b6d0fb; border-radius: 6px;"
        " padding: 8px; color: #1b3a66; }"));

    auto buttons = new QDialogButtonBox;
    QPushButton *sample = buttons->addButton(tr("Open the sample workspace"),
                                             QDialogButtonBox::AcceptRole);
    sample->setObjectName(QStringLiteral("openSampleButton"));
    sample->setDefault(true);
    QPushButton *empty = buttons->addButton(tr("Start with an empty workspace"),
                                            QDialogButtonBox::RejectRole);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(heading, 1);

    auto layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(sandboxNote);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    resize(620, sizeHint().height());
}
