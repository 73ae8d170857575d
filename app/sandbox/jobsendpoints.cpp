#include "jobsendpoints.h"

#include "filestore.h"
#include "jobsimulator.h"
#include "listpage.h"
#include "modelcatalog.h"
#include "sandboxexchange.h"

#include <QRandomGenerator>

namespace {

const QString invalidRequest = QStringLiteral("invalid_request_error");

void badParameter(SandboxExchange &exchange, const QString &param, const QString &message)
{
    exchange.sendError(400, message, invalidRequest, param);
}

// A hyperparameter is "auto" (returns 0 in value) or a number within its range.
bool readNumber(const QJsonObject &object, const QString &name, double minimum, double maximum,
                bool exclusiveMinimum, bool integer, double &value)
{
    value = 0;
    const QJsonValue field = object.value(name);
    if (field.isUndefined() || field.isNull() || field.toString() == QLatin1String("auto"))
        return true;
    if (!field.isDouble())
        return false;
    value = field.toDouble();
    if (integer && value != double(qint64(value)))
        return false;
    const bool aboveMinimum = exclusiveMinimum ? value > minimum : value >= minimum;
    return aboveMinimum && value <= maximum;
}

} // namespace

JobsEndpoints::JobsEndpoints(JobSimulator &jobs, FileStore &files) : m_jobs(jobs), m_files(files) {}

bool JobsEndpoints::handle(SandboxExchange &exchange)
{
    const QStringList segments = exchange.segments();
    if (segments.value(1) != QLatin1String("fine_tuning") ||
        segments.value(2) != QLatin1String("jobs") || segments.size() > 5)
        return false;
    if (segments.size() == 3) {
        if (exchange.method() == "POST")
            create(exchange);
        else if (exchange.method() == "GET")
            list(exchange);
        else
            return false;
        return true;
    }
    const QString id = segments.at(3);
    const QString action = segments.value(4);
    const bool isRead = action.isEmpty() || action == QLatin1String("events") ||
                        action == QLatin1String("checkpoints");
    const bool isWrite = action == QLatin1String("cancel") || action == QLatin1String("pause") ||
                         action == QLatin1String("resume");
    if (!(isRead && exchange.method() == "GET") && !(isWrite && exchange.method() == "POST"))
        return false;
    SandboxJob *job = m_jobs.find(id);
    if (!job) {
        exchange.sendError(404, QStringLiteral("Could not find fine-tuning job: %1").arg(id),
                           invalidRequest, QStringLiteral("fine_tuning_job_id"),
                           QStringLiteral("fine_tune_not_found"));
        return true;
    }
    handleJob(exchange, *job, action);
    return true;
}

void JobsEndpoints::handleJob(SandboxExchange &exchange, SandboxJob &job, const QString &action)
{
    if (action.isEmpty())
        return exchange.sendJson(200, job.toJson());
    if (action == QLatin1String("events"))
        return sendPage(exchange, m_jobs.events(job), 20, false);
    if (action == QLatin1String("checkpoints"))
        return sendPage(exchange, m_jobs.checkpoints(job), 10, true);
    QString refusal;
    if (action == QLatin1String("cancel"))
        refusal = m_jobs.cancel(job);
    else if (action == QLatin1String("pause"))
        refusal = m_jobs.pause(job);
    else
        refusal = m_jobs.resume(job);
    if (refusal.isEmpty())
        exchange.sendJson(200, job.toJson());
    else
        exchange.sendError(400, refusal, invalidRequest, QStringLiteral("fine_tuning_job_id"));
}

void JobsEndpoints::sendPage(SandboxExchange &exchange, const QList<QJsonObject> &items,
                             int defaultLimit, bool withFirstAndLast)
{
    int limit = 0;
    if (!ListPage::readLimit(exchange.query(), defaultLimit, 100, limit)) {
        badParameter(exchange, QStringLiteral("limit"),
                     QStringLiteral("Invalid limit: it must be from 1 to 100."));
        return;
    }
    QJsonObject page = ListPage::make(
        items, exchange.query().queryItemValue(QStringLiteral("after")), limit, withFirstAndLast);
    if (withFirstAndLast && page.value(QStringLiteral("data")).toArray().isEmpty()) {
        page.insert(QStringLiteral("first_id"), QJsonValue());
        page.insert(QStringLiteral("last_id"), QJsonValue());
    }
    exchange.sendJson(200, page);
}

void JobsEndpoints::list(SandboxExchange &exchange)
{
    sendPage(exchange, m_jobs.list(), 20, false);
}

void JobsEndpoints::create(SandboxExchange &exchange)
{
    QJsonObject request;
    if (!exchange.readJsonObject(request))
        return;
    SandboxJob job;
    if (!readRequest(exchange, request, job))
        return;
    exchange.sendJson(200, m_jobs.start(job));
}

bool JobsEndpoints::readRequest(SandboxExchange &exchange, const QJsonObject &request,
                                SandboxJob &job)
{
    const QString model = request.value(QStringLiteral("model")).toString();
    job.model = ModelCatalog::fineTunableBase(model);
    if (job.model.isEmpty()) {
        const SandboxJob *parent = m_jobs.jobForModel(model);
        job.model = parent ? parent->model : QString();
    }
    if (job.model.isEmpty()) {
        badParameter(exchange, QStringLiteral("model"),
                     QStringLiteral("Model %1 is not available for fine-tuning or does not "
                                    "exist.")
                         .arg(model));
        return false;
    }
    QByteArray trainingContent;
    QByteArray validationContent;
    if (!readFile(exchange, request, QStringLiteral("training_file"), job.trainingFile,
                  trainingContent))
        return false;
    if (request.value(QStringLiteral("validation_file")).isString() &&
        !readFile(exchange, request, QStringLiteral("validation_file"), job.validationFile,
                  validationContent))
        return false;
    job.suffix = request.value(QStringLiteral("suffix")).toString();
    if (job.suffix.size() > 64) {
        badParameter(exchange, QStringLiteral("suffix"),
                     QStringLiteral("The suffix can have at most 64 characters."));
        return false;
    }
    const QJsonValue seed = request.value(QStringLiteral("seed"));
    job.seed = seed.isDouble() ? seed.toInteger()
                               : qint64(QRandomGenerator::global()->bounded(2147483647));
    job.metadata = request.value(QStringLiteral("metadata"));
    if (job.metadata.isUndefined())
        job.metadata = QJsonValue();

    QJsonObject hyperparameters = request.value(QStringLiteral("hyperparameters")).toObject();
    job.method = QStringLiteral("supervised");
    if (request.contains(QStringLiteral("method"))) {
        const QJsonObject method = request.value(QStringLiteral("method")).toObject();
        job.method = method.value(QStringLiteral("type")).toString();
        if (job.method != QLatin1String("supervised") && job.method != QLatin1String("dpo")) {
            badParameter(exchange, QStringLiteral("method.type"),
                         QStringLiteral("The Sandbox simulates the supervised and dpo methods "
                                        "only, not '%1'.")
                             .arg(job.method));
            return false;
        }
        hyperparameters =
            method.value(job.method).toObject().value(QStringLiteral("hyperparameters")).toObject();
    }
    if (!readHyperparameters(exchange, hyperparameters, job))
        return false;
    const bool preference = job.method == QLatin1String("dpo");
    job.trainingContent = trainingContent;
    job.validationContent = validationContent;
    job.training = TrainingFile::read(trainingContent, preference);
    job.hasValidation = !job.validationFile.isEmpty();
    if (job.hasValidation)
        job.validation = TrainingFile::read(validationContent, preference);
    return true;
}

bool JobsEndpoints::readHyperparameters(SandboxExchange &exchange,
                                        const QJsonObject &hyperparameters, SandboxJob &job)
{
    double value = 0;
    if (!readNumber(hyperparameters, QStringLiteral("n_epochs"), 1, 50, false, true, value)) {
        badParameter(exchange, QStringLiteral("n_epochs"),
                     QStringLiteral("n_epochs must be \"auto\" or a whole number from 1 to 50."));
        return false;
    }
    job.requestedEpochs = int(value);
    if (!readNumber(hyperparameters, QStringLiteral("batch_size"), 1, 256, false, true, value)) {
        badParameter(exchange, QStringLiteral("batch_size"),
                     QStringLiteral("batch_size must be \"auto\" or a whole number from 1 to "
                                    "256."));
        return false;
    }
    job.requestedBatchSize = int(value);
    if (!readNumber(hyperparameters, QStringLiteral("learning_rate_multiplier"), 0, 1e6, true,
                    false, value)) {
        badParameter(exchange, QStringLiteral("learning_rate_multiplier"),
                     QStringLiteral("learning_rate_multiplier must be \"auto\" or a number "
                                    "above 0."));
        return false;
    }
    job.requestedLearningRate = value;
    if (!readNumber(hyperparameters, QStringLiteral("beta"), 0, 2, true, false, value)) {
        badParameter(exchange, QStringLiteral("beta"),
                     QStringLiteral("beta must be \"auto\" or a number above 0 and at most 2."));
        return false;
    }
    job.requestedBeta = value;
    return true;
}

bool JobsEndpoints::readFile(SandboxExchange &exchange, const QJsonObject &request,
                             const QString &name, QString &id, QByteArray &content)
{
    id = request.value(name).toString();
    const FileStore::StoredFile *file = m_files.find(id);
    if (!file) {
        badParameter(exchange, name, QStringLiteral("invalid %1: %2").arg(name, id));
        return false;
    }
    if (file->purpose != QLatin1String("fine-tune")) {
        badParameter(exchange, name,
                     QStringLiteral("File %1 has purpose '%2'; fine-tuning needs a file "
                                    "uploaded with purpose 'fine-tune'.")
                         .arg(id, file->purpose));
        return false;
    }
    content = file->content;
    return true;
}
