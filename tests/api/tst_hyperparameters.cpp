// The training settings each provider declares (what the launch form is built from) and how
// chosen values become each provider's own JSON: OpenAI's four "auto"-able settings, Together's
// own knobs with their defaults, no value converted from another provider's knob, ranges
// narrowed by a model's limits, and unknown or out-of-range settings refused before sending.
#include "api/client/providerfactory.h"
#include "api/openai/openaihyperparameters.h"
#include "api/openai/openaijson.h"
#include "api/together/togetherhyperparameters.h"
#include "api/together/togetherjson.h"
#include "testhttpserver.h"
#include "waiter.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

using Reply = TestHttpServer::Reply;

namespace {
QStringList keysOf(const QList<HyperparameterSpec> &specs)
{
    QStringList keys;
    for (const HyperparameterSpec &spec : specs)
        keys.append(spec.key);
    return keys;
}

const HyperparameterSpec &spec(const QList<HyperparameterSpec> &specs, QLatin1StringView key)
{
    static const HyperparameterSpec none;
    const HyperparameterSpec *found = HyperparameterSpec::find(specs, key);
    return found ? *found : none;
}

FineTuneRequest request(FineTuneMethod method = FineTuneMethod::Supervised)
{
    FineTuneRequest request;
    request.model = QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    request.trainingFile = QStringLiteral("file-t");
    request.method = method;
    return request;
}
} // namespace

class TestHyperparameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeclarationSpeaksPlainWords();
    void openAiDeclaresItsFourSettings();
    void togetherDeclaresItsOwnSettings();
    void modelLimitsNarrowTogetherRanges();
    void validationNamesTheProblem();
    void openAiBodyFromChosenValues();
    void togetherBodyFromChosenValues();
    void togetherAutomaticLeavesChoicesToTogether();
    void clientsRefuseSettingsTheyDoNotTake();
    void togetherLooksUpTheAddOnSizeWhenOnlyStrengthIsSet();
};

void TestHyperparameters::everyDeclarationSpeaksPlainWords()
{
    QList<HyperparameterSpec> all = OpenAiHyperparameters::declare(QStringLiteral("OpenAI"));
    all += TogetherHyperparameters::declare();
    for (const HyperparameterSpec &spec : all) {
        QVERIFY2(!spec.label.isEmpty() && !spec.label.contains(QLatin1Char('_')),
                 qPrintable(spec.key));
        QVERIFY2(spec.explanation.endsWith(QLatin1Char('.')), qPrintable(spec.explanation));
        QVERIFY2(!spec.explanation.contains(QLatin1Char('_')), qPrintable(spec.explanation));
        QVERIFY2(!spec.technicalName.isEmpty(), qPrintable(spec.key));
        if (spec.isAutomatic())
            QVERIFY2(!spec.automaticText.isEmpty(),
                     qPrintable(spec.key)); // says who picks, and how
        QVERIFY(!spec.defaultText().isEmpty());
    }
}

void TestHyperparameters::openAiDeclaresItsFourSettings()
{
    const QList<HyperparameterSpec> specs =
        OpenAiHyperparameters::declare(QStringLiteral("OpenAI"));
    QCOMPARE(keysOf(specs),
             (QStringList{Hyperparameters::Epochs, Hyperparameters::BatchSize,
                          Hyperparameters::LearningRateMultiplier, Hyperparameters::Beta}));
    for (const HyperparameterSpec &item : specs)
        QVERIFY2(item.isAutomatic(), qPrintable(item.key)); // "auto" unless chosen
    const HyperparameterSpec &epochs = spec(specs, Hyperparameters::Epochs);
    QCOMPARE(epochs.technicalName, QStringLiteral("n_epochs"));
    QCOMPARE(epochs.minimum.toInt(), 1);
    QCOMPARE(epochs.maximum.toInt(), 50);
    QCOMPARE(spec(specs, Hyperparameters::BatchSize).maximum.toInt(), 256);
    const HyperparameterSpec &rate = spec(specs, Hyperparameters::LearningRateMultiplier);
    QVERIFY(rate.minimumExclusive);
    QVERIFY(rate.maximum.isNull());
    const HyperparameterSpec &beta = spec(specs, Hyperparameters::Beta);
    QCOMPARE(beta.maximum.toDouble(), 2.0);
    QVERIFY(beta.appliesTo(FineTuneMethod::Dpo));
    QVERIFY(!beta.appliesTo(FineTuneMethod::Supervised));
}

void TestHyperparameters::togetherDeclaresItsOwnSettings()
{
    const QList<HyperparameterSpec> specs = TogetherHyperparameters::declare();
    QCOMPARE(keysOf(specs), (QStringList{Hyperparameters::Epochs, Hyperparameters::BatchSize,
                                         Hyperparameters::LearningRate,
                                         Hyperparameters::TrainingType, Hyperparameters::LoraRank,
                                         Hyperparameters::LoraAlpha, Hyperparameters::Checkpoints,
                                         Hyperparameters::Evaluations, Hyperparameters::WarmupRatio,
                                         Hyperparameters::TrainOnInputs, Hyperparameters::Beta}));
    QVERIFY(!HyperparameterSpec::find(
        specs, Hyperparameters::LearningRateMultiplier)); // OpenAI's, not Together's
    const HyperparameterSpec &rate = spec(specs, Hyperparameters::LearningRate);
    QCOMPARE(rate.technicalName, QStringLiteral("learning_rate"));
    QCOMPARE(rate.defaultValue.toDouble(), 1e-5); // Together's default, absolute
    QVERIFY(rate.logarithmic);
    QCOMPARE(spec(specs, Hyperparameters::Epochs).defaultValue.toInt(), 1);
    QCOMPARE(spec(specs, Hyperparameters::Checkpoints).defaultValue.toInt(), 1);
    QCOMPARE(spec(specs, Hyperparameters::WarmupRatio).maximum.toDouble(), 1.0);
    QCOMPARE(spec(specs, Hyperparameters::Beta).defaultValue.toDouble(), 0.1);
    QCOMPARE(spec(specs, Hyperparameters::Beta).technicalName, QStringLiteral("dpo_beta"));
    QVERIFY(spec(specs, Hyperparameters::BatchSize).isAutomatic()); // "max"
    const HyperparameterSpec &type = spec(specs, Hyperparameters::TrainingType);
    QCOMPARE(type.choices.size(), 2);
    QCOMPARE(type.defaultValue.toString(), QStringLiteral("lora"));
    // LoRA's size and strength only matter with LoRA training.
    const HyperparameterSpec &rank = spec(specs, Hyperparameters::LoraRank);
    Hyperparameters values;
    QVERIFY(rank.isActive(values, specs)); // LoRA is the default
    values.set(Hyperparameters::TrainingType, QStringLiteral("full"));
    QVERIFY(!rank.isActive(values, specs));
    QVERIFY(spec(specs, Hyperparameters::TrainOnInputs).appliesTo(FineTuneMethod::Supervised));
    QVERIFY(!spec(specs, Hyperparameters::TrainOnInputs).appliesTo(FineTuneMethod::Dpo));
}

void TestHyperparameters::modelLimitsNarrowTogetherRanges()
{
    TunableModel model;
    model.id = QStringLiteral("meta-llama/Llama-3.2-3B-Instruct");
    model.limits = TogetherJson::limits(QJsonDocument::fromJson(R"({
        "model_name":"meta-llama/Llama-3.2-3B-Instruct","max_num_epochs":20,"max_num_evals":10,
        "max_learning_rate":0.001,"min_learning_rate":0.000001,"supports_vision":false,
        "supports_tools":true,"supports_reasoning":false,"merge_output_lora":false,
        "lora_training":{"max_batch_size":64,"max_batch_size_dpo":32,"min_batch_size":8,"max_rank":64,
        "target_modules":["q_proj","v_proj"]}})")
                                            .object());
    const QList<HyperparameterSpec> specs = TogetherHyperparameters::declare(model);
    QCOMPARE(spec(specs, Hyperparameters::Epochs).maximum.toInt(), 20);
    QCOMPARE(spec(specs, Hyperparameters::Evaluations).maximum.toInt(), 10);
    QCOMPARE(spec(specs, Hyperparameters::LoraRank).maximum.toInt(), 64);
    QCOMPARE(spec(specs, Hyperparameters::BatchSize).minimum.toInt(), 8);
    QCOMPARE(spec(specs, Hyperparameters::BatchSize).maximum.toInt(), 64);
    const HyperparameterSpec &rate = spec(specs, Hyperparameters::LearningRate);
    QCOMPARE(rate.minimum.toDouble(), 1e-6);
    QVERIFY(!rate.minimumExclusive);
    QCOMPARE(rate.maximum.toDouble(), 1e-3);
    const HyperparameterSpec &type = spec(specs, Hyperparameters::TrainingType);
    QCOMPARE(type.choices.size(), 1); // this model offers no full training
    QCOMPARE(type.choices.first().value, QStringLiteral("lora"));

    Hyperparameters tooMany;
    tooMany.set(Hyperparameters::Epochs, 21);
    QVERIFY(!HyperparameterSpec::validate(specs, tooMany, FineTuneMethod::Supervised,
                                          QStringLiteral("Together"))
                 .isEmpty());
}

void TestHyperparameters::validationNamesTheProblem()
{
    const QList<HyperparameterSpec> openai =
        OpenAiHyperparameters::declare(QStringLiteral("OpenAI"));
    const QList<HyperparameterSpec> together = TogetherHyperparameters::declare();
    auto problem = [](const QList<HyperparameterSpec> &specs, QLatin1StringView key,
                      const QVariant &value, FineTuneMethod method = FineTuneMethod::Supervised) {
        Hyperparameters values;
        values.set(key, value);
        return HyperparameterSpec::validate(specs, values, method, QStringLiteral("Together AI"));
    };
    QVERIFY(problem(openai, Hyperparameters::Epochs, 3).isEmpty());
    QVERIFY(
        problem(openai, Hyperparameters::Epochs, 0).contains(QStringLiteral("between 1 and 50")));
    QVERIFY(problem(openai, Hyperparameters::Epochs, 51)
                .contains(QStringLiteral("Passes over your examples")));
    QVERIFY(!problem(openai, Hyperparameters::Epochs, 2.5).isEmpty()); // whole numbers only
    QVERIFY(!problem(openai, Hyperparameters::Epochs, true).isEmpty());
    QVERIFY(!problem(openai, Hyperparameters::LearningRateMultiplier, 0.0)
                 .isEmpty()); // must be above 0
    QVERIFY(problem(openai, Hyperparameters::LearningRateMultiplier, 0.1).isEmpty());
    QVERIFY(problem(openai, Hyperparameters::Beta, 2.0, FineTuneMethod::Dpo).isEmpty());
    QVERIFY(!problem(openai, Hyperparameters::Beta, 2.5, FineTuneMethod::Dpo).isEmpty());
    QVERIFY(!problem(openai, Hyperparameters::Beta, 0.1).isEmpty()); // preference training only
    const QString unknown = problem(together, Hyperparameters::LearningRateMultiplier, 1.5);
    QVERIFY2(unknown.contains(QStringLiteral("Together AI")) &&
                 unknown.contains(QStringLiteral("learning_rate_multiplier")),
             qPrintable(unknown));
    QVERIFY(!problem(together, Hyperparameters::TrainingType, QStringLiteral("half")).isEmpty());
    Hyperparameters full;
    full.set(Hyperparameters::TrainingType, QStringLiteral("full"));
    full.set(Hyperparameters::LoraRank, 16);
    QVERIFY(!HyperparameterSpec::validate(together, full, FineTuneMethod::Supervised,
                                          QStringLiteral("Together"))
                 .isEmpty());
}

void TestHyperparameters::openAiBodyFromChosenValues()
{
    FineTuneRequest dpo = request(FineTuneMethod::Dpo);
    dpo.hyperparameters.set(Hyperparameters::Epochs, 3);
    dpo.hyperparameters.set(Hyperparameters::BatchSize, 8);
    dpo.hyperparameters.set(Hyperparameters::LearningRateMultiplier, 0.5);
    dpo.hyperparameters.set(Hyperparameters::Beta, 0.2);
    const QJsonObject hp =
        OpenAiJson::createBody(
            dpo)[QLatin1String("method")][QLatin1String("dpo")][QLatin1String("hyperparameters")]
            .toObject();
    QCOMPARE(hp, (QJsonObject{{QStringLiteral("n_epochs"), 3},
                              {QStringLiteral("batch_size"), 8},
                              {QStringLiteral("learning_rate_multiplier"), 0.5},
                              {QStringLiteral("beta"), 0.2}}));
    const QJsonObject automatic =
        OpenAiJson::createBody(request())[QLatin1String("method")][QLatin1String("supervised")]
                                         [QLatin1String("hyperparameters")]
                                             .toObject();
    QCOMPARE(automatic,
             (QJsonObject{{QStringLiteral("n_epochs"), QStringLiteral("auto")},
                          {QStringLiteral("batch_size"), QStringLiteral("auto")},
                          {QStringLiteral("learning_rate_multiplier"), QStringLiteral("auto")}}));
    // What OpenAI reports back reads as the same keys.
    QCOMPARE(OpenAiJson::hyperparameters(hp), dpo.hyperparameters);
}

void TestHyperparameters::togetherBodyFromChosenValues()
{
    FineTuneRequest sft = request();
    sft.validationFile = QStringLiteral("file-v");
    Hyperparameters &values = sft.hyperparameters;
    values.set(Hyperparameters::Epochs, 4);
    values.set(Hyperparameters::BatchSize, 16);
    values.set(Hyperparameters::LearningRate, 3e-5);
    values.set(Hyperparameters::TrainingType, QStringLiteral("lora"));
    values.set(Hyperparameters::LoraRank, 16);
    values.set(Hyperparameters::Checkpoints, 2);
    values.set(Hyperparameters::Evaluations, 3);
    values.set(Hyperparameters::WarmupRatio, 0.1);
    values.set(Hyperparameters::TrainOnInputs, true);
    QVERIFY(HyperparameterSpec::validate(TogetherHyperparameters::declare(), values, sft.method,
                                         QStringLiteral("Together"))
                .isEmpty());
    const QJsonObject body = TogetherJson::createBody(sft);
    QCOMPARE(body.value(QLatin1String("n_epochs")).toInt(), 4);
    QCOMPARE(body.value(QLatin1String("batch_size")).toInt(), 16);
    QCOMPARE(body.value(QLatin1String("learning_rate")).toDouble(),
             3e-5); // as chosen, never scaled
    QCOMPARE(body.value(QLatin1String("n_checkpoints")).toInt(), 2);
    QCOMPARE(body.value(QLatin1String("n_evals")).toInt(), 3);
    QCOMPARE(body.value(QLatin1String("warmup_ratio")).toDouble(), 0.1);
    QCOMPARE(body.value(QLatin1String("training_type")).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("Lora")},
                          {QStringLiteral("lora_r"), 16},
                          {QStringLiteral("lora_alpha"), 32}})); // strength: twice the size
    QCOMPARE(body.value(QLatin1String("training_method")).toObject(),
             (QJsonObject{{QStringLiteral("method"), QStringLiteral("sft")},
                          {QStringLiteral("train_on_inputs"), true}}));
    // A job reports the same keys back, with the strength Together was sent.
    Hyperparameters used = values;
    used.set(Hyperparameters::LoraAlpha, 32);
    QCOMPARE(TogetherJson::hyperparameters(body), used);

    values.set(Hyperparameters::TrainingType, QStringLiteral("full"));
    values.setAutomatic(Hyperparameters::LoraRank);
    QCOMPARE(TogetherJson::createBody(sft).value(QLatin1String("training_type")).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("Full")}}));

    FineTuneRequest dpo = request(FineTuneMethod::Dpo);
    dpo.hyperparameters.set(Hyperparameters::Beta, 0.25);
    QCOMPARE(TogetherJson::createBody(dpo).value(QLatin1String("training_method")).toObject(),
             (QJsonObject{{QStringLiteral("method"), QStringLiteral("dpo")},
                          {QStringLiteral("dpo_beta"), 0.25}}));
}

void TestHyperparameters::togetherAutomaticLeavesChoicesToTogether()
{
    const QJsonObject body = TogetherJson::createBody(request());
    for (const char *field : {"n_epochs", "batch_size", "learning_rate", "n_checkpoints", "n_evals",
                              "warmup_ratio", "training_type"})
        QVERIFY2(!body.contains(QLatin1String(field)), field);
    // Required by the spec as true or false: automatic sends what Together's "auto" means for
    // conversations, learning only the answers.
    QCOMPARE(body.value(QLatin1String("training_method"))
                 .toObject()
                 .value(QLatin1String("train_on_inputs")),
             QJsonValue(false));
    FineTuneRequest alphaOnly = request();
    alphaOnly.hyperparameters.set(Hyperparameters::LoraAlpha, 8);
    QVERIFY(TogetherJson::needsLoraRank(alphaOnly));
    QVERIFY(!TogetherJson::needsLoraRank(request()));
    QCOMPARE(
        TogetherJson::createBody(alphaOnly, 64).value(QLatin1String("training_type")).toObject(),
        (QJsonObject{{QStringLiteral("type"), QStringLiteral("Lora")},
                     {QStringLiteral("lora_r"), 64},
                     {QStringLiteral("lora_alpha"), 8}}));
}

void TestHyperparameters::clientsRefuseSettingsTheyDoNotTake()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestHttpServer::Request &) {
        return Reply::json(R"({"id":"x","status":"pending"})");
    });
    QNetworkAccessManager network;
    ProviderProfile togetherProfile = ProviderProfile::makeNew(ProviderKind::Together);
    togetherProfile.baseUrl = server.baseUrl();
    auto together = makeProviderClient(togetherProfile, QStringLiteral("key"), &network);
    FineTuneRequest openAiKnob = request();
    openAiKnob.hyperparameters.set(Hyperparameters::LearningRateMultiplier, 2.0);
    Waiter<Job> refused;
    together->createJob(openAiKnob, refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(refused.result->error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(refused.result->error.userMessage.contains(QStringLiteral("Together AI")));

    ProviderProfile openAiProfile = ProviderProfile::makeNew(ProviderKind::OpenAI);
    openAiProfile.baseUrl = server.baseUrl();
    auto openai = makeProviderClient(openAiProfile, QStringLiteral("key"), &network);
    FineTuneRequest togetherKnob = request();
    togetherKnob.hyperparameters.set(Hyperparameters::LoraRank, 8);
    Waiter<Job> refusedToo;
    openai->createJob(togetherKnob, refusedToo.callback());
    QVERIFY(refusedToo.wait());
    QCOMPARE(refusedToo.result->error.kind, ApiError::Kind::InvalidRequest);

    ProviderProfile chatOnly = ProviderProfile::makeNew(ProviderKind::OpenAICompatible);
    chatOnly.baseUrl = server.baseUrl();
    auto local = makeProviderClient(chatOnly, {}, &network);
    QVERIFY(local->hyperparameters().isEmpty());
    Waiter<Job> cannot;
    local->createJob(request(), cannot.callback());
    QVERIFY(cannot.wait());
    QCOMPARE(cannot.result->error.kind, ApiError::Kind::Unsupported);
    QVERIFY(server.requests().isEmpty()); // nothing was sent for any of them
}

void TestHyperparameters::togetherLooksUpTheAddOnSizeWhenOnlyStrengthIsSet()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestHttpServer::Request &request) {
        if (request.path.endsWith(QLatin1String("/limits")))
            return Reply::json(
                R"({"model_name":"m","max_num_epochs":10,"max_num_evals":5,"max_learning_rate":0.01,
                "min_learning_rate":0.00001,"supports_vision":false,"supports_tools":false,"supports_reasoning":false,
                "merge_output_lora":false,"lora_training":{"max_batch_size":8,"max_batch_size_dpo":8,
                "min_batch_size":1,"max_rank":32,"target_modules":[]}})");
        return Reply::json(R"({"id":"ft-2","status":"pending"})");
    });
    QNetworkAccessManager network;
    ProviderProfile profile = ProviderProfile::makeNew(ProviderKind::Together);
    profile.baseUrl = server.baseUrl();
    auto together = makeProviderClient(profile, QStringLiteral("key"), &network);
    FineTuneRequest alphaOnly = request();
    alphaOnly.hyperparameters.set(Hyperparameters::LoraAlpha, 16);
    Waiter<Job> created;
    together->createJob(alphaOnly, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.result->ok(), qPrintable(created.result->error.detailsText()));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().first().path, QStringLiteral("/v1/fine-tunes/models/limits"));
    QCOMPARE(server.requests().first().query.queryItemValue(QStringLiteral("model_name")),
             alphaOnly.model);
    const QJsonObject type = QJsonDocument::fromJson(server.requests().last().body)
                                 .object()
                                 .value(QLatin1String("training_type"))
                                 .toObject();
    QCOMPARE(type.value(QLatin1String("lora_r")).toInt(), 32);
    QCOMPARE(type.value(QLatin1String("lora_alpha")).toInt(), 16);
}

QTEST_GUILESS_MAIN(TestHyperparameters)
#include "tst_hyperparameters.moc"
