#include "notificationbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString styleFor(NotificationBanner::Tone tone)
{
    // Light backgrounds with dark text read in both light and dark themes' windows.
    const char *colours = tone == NotificationBanner::Tone::Good ? "#e8f5e9; border-color: #66bb6a"
                          : tone == NotificationBanner::Tone::Bad
                              ? "#ffebee; border-color: #e57373"
                              : "#eceff1; border-color: #90a4ae";
    return QStringLiteral("NotificationBanner { background: %1; border-width: 0 0 1px 0; "
                          "border-style: solid; } NotificationBanner QLabel { color: #212121; }")
        .arg(QLatin1String(colours));
}
} // namespace

NotificationBanner::NotificationBanner(QWidget *parent)
    : QFrame(parent), m_title(new QLabel), m_text(new QLabel), m_open(new QPushButton(tr("Open"))),
      m_close(new QToolButton)
{
    setObjectName(QStringLiteral("notificationBanner"));
    setAccessibleName(tr("Notification"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close"));
    m_open->setToolTip(tr("Show the job"));

    auto words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addLayout(words, 1);
    layout->addWidget(m_open, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openRequested(m_jobId);
    });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NotificationBanner::showMessage(const QString &title, const QString &text, Tone tone,
                                     qint64 jobId)
{
    m_title->setText(title);
    m_text->setText(text);
    m_jobId = jobId;
    m_open->setVisible(jobId != 0);
    setStyleSheet(styleFor(tone));
    show();
}

QString NotificationBanner::title() const
{
    return m_title->text();
}

QString NotificationBanner::text() const
{
    return m_text->text();
}
