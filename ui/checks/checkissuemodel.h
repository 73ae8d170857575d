#pragma once

#include "core/checks/checkissue.h"

#include <QAbstractItemModel>
#include <QList>

// The problems of a check as a two-level tree: one row per kind of problem (errors first,
// then warnings, then advice), with that kind's problems under it.
class CheckIssueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // QString
        SeverityRole,                // int (CheckSeverity)
        IssueIndexRole,              // int into issues(); -1 on a kind row
        CanFixRole,                  // bool
    };

    explicit CheckIssueModel(QObject *parent = nullptr);

    void setIssues(const CheckIssues &issues);
    const CheckIssues &issues() const { return m_issues; }

    // The problem at an index (nullptr on a kind row) and every problem of the kind at index.
    const CheckIssue *issueAt(const QModelIndex &index) const;
    CheckIssues issuesOfKind(const QModelIndex &index) const;
    bool isKindRow(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Kind
    {
        QString code;
        CheckSeverity severity = CheckSeverity::Error;
        QList<int> issues; // indexes into m_issues
    };
    static constexpr quintptr KindRowId = 0; // internalId of kind rows; issue rows: kind + 1

    CheckIssues m_issues;
    QList<Kind> m_kinds;
};
