#pragma once

#include "ui/common/page.h"

class EmptyState;

// Playground: the base and the tuned model answer the same prompt side by side.
class PlaygroundPage : public Page
{
    Q_OBJECT

public:
    explicit PlaygroundPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("playground"); }
    QString title() const override;
    QIcon icon() const override;
    void setSession(WorkspaceSession *session) override;

Q_SIGNALS:
    void showJobsRequested();

private:
    WorkspaceSession *m_session = nullptr;
    EmptyState *m_empty;
};
