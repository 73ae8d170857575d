#include "metricscsv.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <array>
#include <optional>

namespace {

// The cells of one row after step and epoch, in column order.
std::array<std::optional<double>, 6> valuesOf(const MetricPoint &point)
{
    return {point.trainLoss,     point.trainAccuracy, point.validLoss,
            point.validAccuracy, point.fullValidLoss, point.fullValidAccuracy};
}

std::optional<int> epochOf(const EpochMapping &mapping, int step)
{
    return mapping.isValid() ? std::optional<int>(mapping.epochOf(step)) : std::nullopt;
}

} // namespace

QList<QByteArray> MetricsCsv::columns()
{
    return {"step",       "epoch",          "train_loss",      "train_accuracy",
            "valid_loss", "valid_accuracy", "full_valid_loss", "full_valid_accuracy"};
}

QByteArray MetricsCsv::formatNumber(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray MetricsCsv::toCsv(const TrainingRun &run)
{
    const EpochMapping mapping = run.epochMapping();
    QByteArray csv = columns().join(',') + '\n';
    csv.reserve(csv.size() + run.size() * 48);
    for (const MetricPoint &point : run.points()) {
        csv += QByteArray::number(point.step);
        csv += ',';
        if (const auto epoch = epochOf(mapping, point.step))
            csv += QByteArray::number(*epoch);
        for (const std::optional<double> &value : valuesOf(point)) {
            csv += ',';
            if (value)
                csv += formatNumber(*value);
        }
        csv += '\n';
    }
    return csv;
}

QJsonArray MetricsCsv::toJson(const TrainingRun &run)
{
    const EpochMapping mapping = run.epochMapping();
    const QList<QByteArray> names = columns();
    QJsonArray rows;
    for (const MetricPoint &point : run.points()) {
        QJsonObject row;
        row.insert(QLatin1String(names.at(0)), point.step);
        const auto epoch = epochOf(mapping, point.step);
        row.insert(QLatin1String(names.at(1)), epoch ? QJsonValue(*epoch) : QJsonValue());
        const auto values = valuesOf(point);
        for (std::size_t i = 0; i < values.size(); ++i) {
            row.insert(QLatin1String(names.at(qsizetype(i) + 2)),
                       values.at(i) ? QJsonValue(*values.at(i)) : QJsonValue());
        }
        rows.append(row);
    }
    return rows;
}

bool MetricsCsv::write(const TrainingRun &run, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toCsv(run)) >= 0 && file.commit())
        return true;
    if (error) {
        *error = tr("Ajuste could not save the measurements to “%1” (%2). Choose another "
                    "folder, or check that there is free space.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}
