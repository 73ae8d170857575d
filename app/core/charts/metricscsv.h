#pragma once

#include "trainingrun.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

// A run's whole history as a table, one row per step:
//     step,epoch,train_loss,train_accuracy,valid_loss,valid_accuracy,full_valid_loss,full_valid_accuracy
// with empty cells where the provider measured nothing (and no epoch when it is not known).
// Numbers are written the same in every language (a dot for decimals, as few digits as give
// back the same value), so spreadsheets and scripts read them anywhere.
class MetricsCsv
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCsv)

public:
    static QList<QByteArray> columns();
    static QByteArray toCsv(const TrainingRun &run);
    // The same rows as JSON objects with the column names as keys; null for an empty cell.
    static QJsonArray toJson(const TrainingRun &run);
    // Writes the CSV through a QSaveFile; on failure returns false and says why in `error`.
    static bool write(const TrainingRun &run, const QString &path, QString *error = nullptr);

    static QByteArray formatNumber(double value);
};
