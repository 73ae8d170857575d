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
    void setWorkspace(Workspace *workspace) override;

Q_SIGNALS:
    void showDatasetsRequested();

private:
    Workspace *m_workspace = nullptr;
    EmptyState *m_empty;
};
