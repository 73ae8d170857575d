#include "resultmetrics.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <optional>

namespace {
enum class Column { Step, TrainLoss, TrainAccuracy, ValidLoss, ValidAccuracy, FullValidLoss, FullValidAccuracy };

std::optional<Column> columnOf(const QByteArray &name)
{
    static const QHash<QByteArray, Column> names{
        {"step", Column::Step},
        {"train_loss", Column::TrainLoss},
        {"train_accuracy", Column::TrainAccuracy},
        {"train_mean_token_accuracy", Column::TrainAccuracy},
        {"valid_loss", Column::ValidLoss},
        {"valid_accuracy", Column::ValidAccuracy},
        {"valid_mean_token_accuracy", Column::ValidAccuracy},
        {"full_valid_loss", Column::FullValidLoss},
        {"full_valid_accuracy", Column::FullValidAccuracy},
        {"full_valid_mean_token_accuracy", Column::FullValidAccuracy},
    };
    const auto it = names.constFind(name.trimmed().toLower());
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> cellValue(const QByteArray &cell)
{
    bool ok = false;
    const double value = cell.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void assign(MetricPoint &point, Column column, std::optional<double> value)
{
    switch (column) {
    case Column::Step:
        point.step = value ? int(*value) : 0;
        break;
    case Column::TrainLoss:
        point.trainLoss = value;
        break;
    case Column::TrainAccuracy:
        point.trainAccuracy = value;
        break;
    case Column::ValidLoss:
        point.validLoss = value;
        break;
    case Column::ValidAccuracy:
        point.validAccuracy = value;
        break;
    case Column::FullValidLoss:
        point.fullValidLoss = value;
        break;
    case Column::FullValidAccuracy:
        point.fullValidAccuracy = value;
        break;
    }
}

bool isBase64Alphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
           || c == '/' || c == '=';
}

bool looksLikeText(const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.isEmpty();
}
} // namespace

QByteArray ResultMetrics::decodeIfBase64(const QByteArray &content)
{
    QByteArray compact;
    compact.reserve(content.size());
    for (char c : content) {
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t')
            continue;
        if (!isBase64Alphabet(c))
            return content;
        compact.append(c);
    }
    if (compact.isEmpty() || compact.size() % 4 != 0)
        return content;
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !looksLikeText(*decoded))
        return content;
    return *decoded;
}

ResultMetrics::Parsed ResultMetrics::parse(const QByteArray &content)
{
    Parsed parsed;
    const QList<QByteArray> lines = decodeIfBase64(content).split('\n');
    QList<std::optional<Column>> columns;
    bool headerSeen = false;
    bool hasStep = false;
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        if (!headerSeen) {
            for (const QByteArray &name : cells) {
                columns.append(columnOf(name));
                hasStep = hasStep || columns.last() == Column::Step;
            }
            headerSeen = true;
            if (!hasStep) {
                parsed.error = tr("The training results file has an unexpected layout (no "
                                  "\"step\" column), so the chart cannot be drawn from it.");
                return parsed;
            }
            continue;
        }
        MetricPoint point;
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (columns.at(i))
                assign(point, *columns.at(i), cellValue(cells.at(i)));
        }
        parsed.points.append(point);
    }
    if (!headerSeen)
        parsed.error = tr("The training results file is empty.");
    return parsed;
}
