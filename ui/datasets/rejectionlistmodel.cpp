#include "rejectionlistmodel.h"

#include "ui/common/untrustedtext.h"

#include <QFileInfo>

RejectionListModel::RejectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RejectionListModel::setRejections(const QList<ImportRejection> &rejections)
{
    beginResetModel();
    m_rejections = rejections;
    endResetModel();
}

QString RejectionListModel::report() const
{
    QString text;
    for (const ImportRejection &rejection : m_rejections) {
        text += QStringLiteral("%1:%2: %3\n")
                    .arg(QFileInfo(rejection.sourceFile).fileName())
                    .arg(rejection.line)
                    .arg(rejection.reason);
        text += QString::fromUtf8(rejection.raw) + QLatin1Char('\n');
    }
    return text;
}

int RejectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejections.size());
}

int RejectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRejection &rejection = m_rejections.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return QFileInfo(rejection.sourceFile).fileName();
        case LineColumn:
            return rejection.line;
        case ReasonColumn:
            return rejection.reason;
        case TextColumn:
            return UntrustedText::shown(rejection.displayRaw(200).simplified());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TextColumn)
            return UntrustedText::toolTip(rejection.displayRaw(2000));
        if (index.column() == ReasonColumn)
            return rejection.reason;
        if (index.column() == FileColumn)
            return rejection.sourceFile;
    }
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RejectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Why it was left out");
    case TextColumn:
        return tr("Text of the line");
    default:
        return {};
    }
}
