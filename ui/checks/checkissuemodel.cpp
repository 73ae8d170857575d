#include "checkissuemodel.h"

#include "core/checks/checkcatalog.h"

#include <QApplication>
#include <QHash>
#include <QStyle>

#include <algorithm>

CheckIssueModel::CheckIssueModel(QObject *parent) : QAbstractItemModel(parent) {}

void CheckIssueModel::setIssues(const CheckIssues &issues)
{
    beginResetModel();
    m_issues = issues;
    m_kinds.clear();
    QHash<QString, int> kindOf;
    for (int i = 0; i < m_issues.size(); ++i) {
        const CheckIssue &issue = m_issues.at(i);
        auto it = kindOf.constFind(issue.code);
        if (it == kindOf.cend()) {
            it = kindOf.insert(issue.code, int(m_kinds.size()));
            m_kinds.append({issue.code, issue.severity, {}});
        }
        m_kinds[*it].issues.append(i);
    }
    const QStringList order = CheckCatalog::codes();
    std::stable_sort(m_kinds.begin(), m_kinds.end(), [&](const Kind &a, const Kind &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return order.indexOf(a.code) < order.indexOf(b.code);
    });
    endResetModel();
}

const CheckIssue *CheckIssueModel::issueAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == KindRowId)
        return nullptr;
    const Kind &kind = m_kinds.at(int(index.internalId() - 1));
    return &m_issues.at(kind.issues.at(index.row()));
}

CheckIssues CheckIssueModel::issuesOfKind(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const int kindRow = index.internalId() == KindRowId ? index.row() : int(index.internalId() - 1);
    CheckIssues found;
    for (const int i : m_kinds.at(kindRow).issues)
        found.append(m_issues.at(i));
    return found;
}

bool CheckIssueModel::isKindRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == KindRowId;
}

QModelIndex CheckIssueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, KindRowId);
    if (parent.internalId() != KindRowId)
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex CheckIssueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == KindRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, KindRowId);
}

int CheckIssueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_kinds.size());
    if (parent.column() != 0 || parent.internalId() != KindRowId)
        return 0;
    return int(m_kinds.at(parent.row()).issues.size());
}

int CheckIssueModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CheckIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == KindRowId) {
        const Kind &kind = m_kinds.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%L2)").arg(CheckCatalog::title(kind.code)).arg(kind.issues.size());
        case Qt::ToolTipRole:
            return kind.code;
        case Qt::DecorationRole: {
            const QStyle *style = QApplication::style();
            switch (kind.severity) {
            case CheckSeverity::Error:
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case CheckSeverity::Warning:
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case CheckSeverity::Advice:
                return style->standardIcon(QStyle::SP_MessageBoxInformation);
            }
            return {};
        }
        case CodeRole:
            return kind.code;
        case SeverityRole:
            return int(kind.severity);
        case IssueIndexRole:
            return -1;
        case CanFixRole:
            return CheckCatalog::entry(kind.code).fix != CheckFixKind::None;
        default:
            return {};
        }
    }
    const Kind &kind = m_kinds.at(int(index.internalId() - 1));
    const int issueIndex = kind.issues.at(index.row());
    const CheckIssue &issue = m_issues.at(issueIndex);
    switch (role) {
    case Qt::DisplayRole:
        return issue.text();
    case Qt::ToolTipRole:
        return issue.howToFix;
    case CodeRole:
        return issue.code;
    case SeverityRole:
        return int(issue.severity);
    case IssueIndexRole:
        return issueIndex;
    case CanFixRole:
        return issue.fix != CheckFixKind::None;
    default:
        return {};
    }
}
