#include "jobstatusbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// Background and accent per tone; the text stays dark on these light colours.
struct Colours
{
    const char *background;
    const char *accent;
};

Colours coloursFor(JobStatusWords::Tone tone)
{
    switch (tone) {
    case JobStatusWords::Tone::Waiting:
        return {"#f5f5f5", "#9e9e9e"};
    case JobStatusWords::Tone::Working:
        return {"#e3f2fd", "#1e88e5"};
    case JobStatusWords::Tone::Paused:
        return {"#fff8e1", "#f9a825"};
    case JobStatusWords::Tone::Good:
        return {"#e8f5e9", "#2e7d32"};
    case JobStatusWords::Tone::Bad:
        return {"#ffebee", "#c62828"};
    case JobStatusWords::Tone::Neutral:
        break;
    }
    return {"#eceff1", "#607d8b"};
}

QString errorDetails(const JobError &error)
{
    QStringList lines;
    if (!error.message.isEmpty())
        lines.append(error.message);
    if (!error.code.isEmpty())
        lines.append(JobStatusBanner::tr("Code: %1").arg(error.code));
    if (!error.param.isEmpty())
        lines.append(JobStatusBanner::tr("About: %1").arg(error.param));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

JobStatusBanner::JobStatusBanner(QWidget *parent)
    : QFrame(parent), m_headline(new QLabel), m_explanation(new QLabel),
      m_detailsButton(new QToolButton), m_details(new QLabel), m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("jobStatusBanner"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setObjectName(QStringLiteral("jobHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(QStringLiteral("jobExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setToolTip(tr("What the provider said, in its own words"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_details->setObjectName(QStringLiteral("jobErrorDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->hide();
    m_actions->setContentsMargins(0, 0, 0, 0);

    auto words = new QVBoxLayout;
    words->setSpacing(4);
    words->addWidget(m_headline);
    words->addWidget(m_explanation);
    words->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    words->addWidget(m_details);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(words, 1);
    layout->addLayout(m_actions);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(shown);
    });
}

void JobStatusBanner::setJob(const Job &job, const JobStatusWords::Progress &progress)
{
    m_headline->setText(JobStatusWords::headline(job, progress));
    m_explanation->setText(JobStatusWords::explanation(job));
    const QString details = errorDetails(job.error);
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_detailsButton->setChecked(false);
    setTone(JobStatusWords::tone(job.status));
}

void JobStatusBanner::setTone(JobStatusWords::Tone tone)
{
    const Colours colours = coloursFor(tone);
    setStyleSheet(QStringLiteral("JobStatusBanner { background: %1; border-left: 5px solid %2; "
                                 "border-radius: 4px; } JobStatusBanner QLabel { color: #212121; }")
                      .arg(QLatin1String(colours.background), QLatin1String(colours.accent)));
}

QString JobStatusBanner::headline() const
{
    return m_headline->text();
}

QString JobStatusBanner::explanation() const
{
    return m_explanation->text();
}

QString JobStatusBanner::details() const
{
    return m_details->text();
}
