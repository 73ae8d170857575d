#pragma once

#include "ui/common/page.h"

class EmptyState;

// Jobs: the fine-tuning jobs of this workspace, each with its status, chart and events.
class JobsPage : public Page
{
    Q_OBJECT

public:
    explicit JobsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("jobs"); }
    QString title() const override;
    QIcon icon() const override;
    void setSession(WorkspaceSession *session) override;

Q_SIGNALS:
    void showDatasetsRequested();

private:
    WorkspaceSession *m_session = nullptr;
    EmptyState *m_empty;
};
