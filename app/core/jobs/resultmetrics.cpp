#include "resultmetrics.h"

#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <cmath>
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
    QByteArray key = name.trimmed().toLower();
    if (key.size() >= 2 && key.startsWith('"') && key.endsWith('"'))
        key = key.mid(1, key.size() - 2).trimmed();
    const auto it = names.constFind(key);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

// An empty cell, or one that is not a finite number ("nan", text), is a step where nothing
// was measured.
std::optional<double> cellValue(const QByteArray &cell)
{
    QByteArray text = cell.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

void assign(MetricPoint &point, Column column, std::optional<double> value)
{
    switch (column) {
    case Column::Step:
        point.step = value ? int(std::lround(*value)) : 0;
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
        QByteArray line = rawLine.trimmed();
        if (!headerSeen && line.startsWith("\xEF\xBB\xBF"))
            line = line.mid(3); // a byte-order mark before the header
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
        bool stepKnown = false;
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (!columns.at(i))
                continue; // a column Ajuste does not know: ignored
            const std::optional<double> value = cellValue(cells.at(i));
            assign(point, *columns.at(i), value);
            stepKnown = stepKnown || (columns.at(i) == Column::Step && value);
        }
        if (stepKnown) // a row without a step cannot be placed on the curve
            parsed.points.append(point);
    }
    if (!headerSeen)
        parsed.error = tr("The training results file is empty.");
    return parsed;
}
