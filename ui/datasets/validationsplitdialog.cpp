#include "validationsplitdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

ValidationSplitDialog::ValidationSplitDialog(int exampleCount, QWidget *parent)
    : QDialog(parent)
    , m_exampleCount(exampleCount)
    , m_percent(new QSpinBox)
    , m_seed(new QSpinBox)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Make a Validation Split"));
    auto intro = new QLabel(tr("Validation examples are kept aside during training. The model "
                               "never learns from them, so how well it answers them shows how "
                               "well it learned. Every example is put in training or "
                               "validation again."));
    intro->setWordWrap(true);
    m_percent->setRange(1, 50);
    m_percent->setValue(10);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("The same number always chooses the same examples (seed)."));
    m_summary->setObjectName(QStringLiteral("splitSummary"));
    m_summary->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("Share for validation:"), m_percent);
    form->addRow(tr("Choice number:"), m_seed);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Make the Split"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_percent, &QSpinBox::valueChanged, this, &ValidationSplitDialog::updateSummary);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

void ValidationSplitDialog::updateSummary()
{
    const int validation = int(std::lround(m_exampleCount * m_percent->value() / 100.0));
    m_summary->setText(tr("%1 examples for validation, %2 for training.")
                           .arg(validation)
                           .arg(m_exampleCount - validation));
}

void ValidationSplitDialog::setExampleCount(int exampleCount)
{
    m_exampleCount = exampleCount;
    updateSummary();
}

int ValidationSplitDialog::percent() const
{
    return m_percent->value();
}

quint64 ValidationSplitDialog::seed() const
{
    return quint64(m_seed->value());
}
