#pragma once

#include "ui/common/page.h"

class EmptyState;
class QStackedLayout;

// Datasets: the list of datasets, their examples and the example editor.
class DatasetsPage : public Page
{
    Q_OBJECT

public:
    explicit DatasetsPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("datasets"); }
    QString title() const override;
    QIcon icon() const override;
    void setWorkspace(Workspace *workspace) override;

Q_SIGNALS:
    void importRequested();
    void openSampleRequested();

private:
    Workspace *m_workspace = nullptr;
    EmptyState *m_empty;
};
