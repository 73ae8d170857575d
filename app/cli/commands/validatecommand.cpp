#include "validatecommand.h"

#include "core/checks/checkcatalog.h"
#include "core/checks/checkfile.h"
#include "core/checks/costestimator.h"
#include "core/checks/datasetchecker.h"
#include "core/checks/pricetable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

// The text report lists at most this many problems of one kind, then says how many more.
constexpr int ShownPerKind = 5;

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject issueJson(const CheckIssue &issue)
{
    return QJsonObject{
        {QStringLiteral("line"), issue.line > 0 ? QJsonValue(issue.line) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("example"), issue.example >= 0 ? QJsonValue(issue.example + 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("code"), issue.code},
        {QStringLiteral("message"), issue.text()},
        {QStringLiteral("how_to_fix"), issue.howToFix},
    };
}

QString money(double value)
{
    return ValidateCommand::tr("US$ %L1").arg(value, 0, 'f', 2);
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Check a training file and estimate what training on it costs");
}

int ValidateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a training file (JSONL) the way the provider will, lists every problem with "
           "its line and how to fix it, counts the tokens and estimates the price of training."));
    parser.addHelpOption();
    const QCommandLineOption modelOption(
        QStringLiteral("model"),
        tr("The model to fine-tune (default: %1).").arg(QLatin1String(DefaultModel)), tr("MODEL"),
        QLatin1String(DefaultModel));
    const QCommandLineOption epochsOption(
        QStringLiteral("epochs"),
        tr("How many times training goes through the examples (default: automatic)."), tr("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object instead of the text report."));
    parser.addOptions({modelOption, epochsOption, jsonOption});
    parser.addPositionalArgument(tr("FILE"), tr("The training file to check."));
    if (const auto stop = parseOrExplain(parser, arguments, out, err))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Name one training file to check, for example: ajuste validate examples.jsonl")
            << '\n';
        return Unusable;
    }
    int epochs = 0;
    if (parser.isSet(epochsOption)) {
        bool ok = false;
        epochs = parser.value(epochsOption).toInt(&ok);
        if (!ok || epochs < 1 || epochs > 50) {
            err << tr("The number of epochs must be a whole number from 1 to 50.") << '\n';
            return Unusable;
        }
    }

    const QString file = parser.positionalArguments().constFirst();
    const QString model = parser.value(modelOption);
    const PriceTable prices = PriceTable::load();
    const std::optional<ModelPrice> known = prices.find(model);
    ModelPrice price = known.value_or(ModelPrice{});
    if (!known) {
        price.model = model;
        price.displayName = model;
    }
    DatasetChecker::Options options;
    options.model = price.model;
    options.encoding = tokenEncodingFromName(price.encoding).value_or(tokenEncodingForModel(model));
    options.trainingContext = price.trainingContext;
    if (price.encoding.isEmpty())
        price.encoding = tokenEncodingName(options.encoding);

    CheckFile input;
    if (!input.open(file)) {
        err << input.errorText() << '\n';
        return Unusable;
    }
    const DatasetReport report = DatasetChecker(options).run(input.inputs());
    const CostEstimate cost = CostEstimator::estimate(report.costInput(), price, epochs);
    if (parser.isSet(jsonOption))
        printJson(report, cost, out);
    else
        printText(file, report, cost, out);
    if (!known && !parser.isSet(jsonOption)) {
        err << tr("Ajuste has no prices for the model “%1”; the estimate has no price. Check "
                  "the model's name, or add its prices in Settings.")
                   .arg(model)
            << '\n';
    }
    return report.hasErrors() ? Partial : Success;
}

void ValidateCommand::printJson(const DatasetReport &report, const CostEstimate &cost,
                                QTextStream &out)
{
    QJsonArray errors;
    QJsonArray warnings;
    int advice = 0;
    for (const CheckIssue &issue : report.issues) {
        if (issue.severity == CheckSeverity::Error)
            errors.append(issueJson(issue));
        else if (issue.severity == CheckSeverity::Warning)
            warnings.append(issueJson(issue));
        else
            ++advice;
    }
    const QJsonObject tokens{{QStringLiteral("min"), report.tokens.minimum},
                             {QStringLiteral("median"), report.tokens.median},
                             {QStringLiteral("p90"), report.tokens.p90},
                             {QStringLiteral("max"), report.tokens.maximum},
                             {QStringLiteral("total"), report.tokens.total}};
    const QJsonObject root{
        {QStringLiteral("examples"), int(report.examples.size())},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("advice_count"), advice},
        {QStringLiteral("billed_tokens"), cost.billedTokens},
        {QStringLiteral("epochs"), cost.epochs},
        {QStringLiteral("epochs_automatic"), cost.epochsAutomatic},
        {QStringLiteral("estimated_cost_usd"), optionalJson(cost.trainingPrice)},
        {QStringLiteral("inference_per_1000_messages_usd"), optionalJson(cost.inferencePer1000)},
        {QStringLiteral("model"), cost.price.model},
        {QStringLiteral("encoding"), tokenEncodingName(report.encoding)},
        {QStringLiteral("training_context"),
         report.trainingContext ? QJsonValue(*report.trainingContext) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("truncated_examples"), cost.truncatedExamples},
        {QStringLiteral("tokens"), tokens},
    };
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ValidateCommand::printText(const QString &file, const DatasetReport &report,
                                const CostEstimate &cost, QTextStream &out)
{
    out << tr("%1: %Ln examples, checked for %2 (%3).", nullptr, int(report.examples.size()))
               .arg(file, cost.price.displayName, tokenEncodingName(report.encoding))
        << "\n\n";
    for (const CheckSeverity severity :
         {CheckSeverity::Error, CheckSeverity::Warning, CheckSeverity::Advice}) {
        QMap<QString, QList<const CheckIssue *>> byCode;
        for (const CheckIssue &issue : report.issues) {
            if (issue.severity == severity)
                byCode[issue.code].append(&issue);
        }
        if (byCode.isEmpty())
            continue;
        out << CheckIssue::severityTitle(severity) << '\n';
        for (auto it = byCode.cbegin(); it != byCode.cend(); ++it) {
            out << "  " << tr("%1 (%L2) [%3]").arg(CheckCatalog::title(it.key())).arg(it->size()).arg(it.key())
                << '\n';
            for (qsizetype i = 0; i < std::min<qsizetype>(it->size(), ShownPerKind); ++i)
                out << "    " << it->at(i)->text() << '\n';
            if (it->size() > ShownPerKind)
                out << "    " << tr("… and %Ln more.", nullptr, int(it->size() - ShownPerKind)) << '\n';
            out << "    " << tr("How to fix: %1").arg(CheckCatalog::howToFix(it.key())) << '\n';
        }
        out << '\n';
    }
    if (report.issues.isEmpty())
        out << tr("No problems found.") << "\n\n";

    out << tr("Tokens per example: smallest %L1, median %L2, 90% up to %L3, largest %L4.")
               .arg(report.tokens.minimum).arg(report.tokens.median)
               .arg(report.tokens.p90).arg(report.tokens.maximum)
        << '\n';
    out << tr("Messages per example: smallest %L1, median %L2, largest %L3.")
               .arg(report.messages.minimum).arg(report.messages.median).arg(report.messages.maximum)
        << '\n';
    out << (cost.epochsAutomatic ? tr("Epochs: %L1 (automatic).").arg(cost.epochs)
                                 : tr("Epochs: %L1.").arg(cost.epochs))
        << '\n';
    out << tr("Billed training tokens: %L1 (%L2 per epoch).").arg(cost.billedTokens).arg(cost.billedTokensPerEpoch)
        << '\n';
    if (cost.truncatedExamples > 0) {
        out << tr("%Ln examples are longer than the model reads and will be cut off.", nullptr,
                  cost.truncatedExamples)
            << '\n';
    }
    out << (cost.trainingPrice ? tr("Estimated training price: %1.").arg(money(*cost.trainingPrice))
                               : tr("Estimated training price: unknown — check the provider's page."))
        << '\n';
    if (cost.inferencePer1000) {
        out << tr("Using the tuned model: about %1 per 1,000 messages like these (%L2 tokens in, %L3 out).")
                   .arg(money(*cost.inferencePer1000))
                   .arg(cost.typicalInputTokens)
                   .arg(cost.typicalOutputTokens)
            << '\n';
    }
}
