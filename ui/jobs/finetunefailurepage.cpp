#include "finetunefailurepage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *wrapped()
{
    auto label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

FineTuneFailurePage::FineTuneFailurePage(QWidget *parent)
    : QWidget(parent), m_title(wrapped()), m_message(wrapped()), m_wayForward(wrapped()),
      m_detailsButton(new QToolButton), m_details(new QPlainTextEdit),
      m_alternativeBox(new QVBoxLayout)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setObjectName(QStringLiteral("failureMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolTip(tr("What the provider answered, for its support"));
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("failureDetails"));
    m_details->setMaximumHeight(m_details->fontMetrics().lineSpacing() * 6);
    m_details->hide();
    m_alternativeBox->setContentsMargins(0, 0, 0, 0);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_wayForward);
    layout->addLayout(m_alternativeBox);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    layout->addStretch();

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
    });
}

void FineTuneFailurePage::clearAlternatives()
{
    qDeleteAll(m_alternatives);
    m_alternatives.clear();
}

void FineTuneFailurePage::setError(const ApiError &error, const QString &providerName,
                                   const QList<ProviderProfile> &others)
{
    m_error = error;
    clearAlternatives();
    m_title->setText(tr("%1 did not start the fine-tune.").arg(providerName));
    m_message->setText(error.userMessage.isEmpty() ? ApiError::messageFor(error.kind)
                                                   : error.userMessage);
    const bool closed = error.kind == ApiError::Kind::FineTuningClosed;
    if (closed) {
        m_wayForward->setText(
            others.isEmpty()
                ? tr("Add a provider that still takes fine-tuning jobs, such as Together AI, in "
                     "Settings ▸ Providers, then start the fine-tune there.")
                : tr("Your dataset works elsewhere unchanged. Start the same fine-tune on:"));
        for (const ProviderProfile &profile : others) {
            auto button = new QPushButton(tr("Use %1 instead").arg(profile.name));
            button->setObjectName(QStringLiteral("alternative_") + profile.id);
            button->setToolTip(tr("Opens the form again on %1 with the same dataset and "
                                  "settings")
                                   .arg(profile.name));
            connect(button, &QPushButton::clicked, this,
                    [this, id = profile.id] { Q_EMIT alternativeChosen(id); });
            m_alternativeBox->addWidget(button, 0, Qt::AlignLeft);
            m_alternatives.append(button);
        }
        if (!m_alternatives.isEmpty())
            m_alternatives.first()->setDefault(true);
    } else {
        m_wayForward->setText(tr("Go back to change what the message names, or try again."));
    }
    const QString details = error.detailsText();
    m_details->setPlainText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
}
