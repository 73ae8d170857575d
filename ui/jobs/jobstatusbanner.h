#pragma once

#include "jobstatuswords.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

// The band at the top of a job's page: where the job stands in plain words, what that means
// and what the user can do; for a failure, the provider's own message one click away under
// Details. The job page adds its buttons (Cancel, Pause, Resume) to actionLayout().
class JobStatusBanner : public QFrame
{
    Q_OBJECT

public:
    explicit JobStatusBanner(QWidget *parent = nullptr);

    void setJob(const Job &job, const JobStatusWords::Progress &progress);
    QHBoxLayout *actionLayout() const { return m_actions; }
    QString headline() const;
    QString explanation() const;
    QString details() const;
    QToolButton *detailsButton() const { return m_detailsButton; }

private:
    void setTone(JobStatusWords::Tone tone);

    QLabel *m_headline;
    QLabel *m_explanation;
    QToolButton *m_detailsButton;
    QLabel *m_details;
    QHBoxLayout *m_actions;
};
