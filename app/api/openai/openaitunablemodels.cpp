#include "openaitunablemodels.h"

namespace {
struct Snapshot
{
    const char *id;
    bool preference; // DPO as well as supervised
};

// OpenAI's fine-tuning guide and model pages; the reinforcement-only o4-mini and the legacy
// completion models (babbage-002, davinci-002) are left out: Ajuste trains chat examples.
constexpr Snapshot Snapshots[] = {
    {"gpt-4.1-2025-04-14", true},      {"gpt-4.1-mini-2025-04-14", true},
    {"gpt-4.1-nano-2025-04-14", true}, {"gpt-4o-2024-08-06", true},
    {"gpt-4o-mini-2024-07-18", true},  {"gpt-3.5-turbo-0125", false},
    {"gpt-3.5-turbo-1106", false},     {"gpt-3.5-turbo-0613", false},
};

TunableModel fromListing(const ModelInfo &model)
{
    TunableModel tunable;
    tunable.id = model.id;
    tunable.displayName = model.displayName;
    tunable.shutdownDate = model.shutdownDate;
    return tunable;
}
} // namespace

namespace OpenAiTunableModels {

QList<TunableModel> snapshots(const QList<ModelInfo> &listed)
{
    QList<TunableModel> result;
    for (const Snapshot &snapshot : Snapshots) {
        for (const ModelInfo &model : listed) {
            if (model.id != QLatin1String(snapshot.id))
                continue;
            TunableModel tunable = fromListing(model);
            tunable.methods = {FineTuneMethod::Supervised};
            if (snapshot.preference)
                tunable.methods.append(FineTuneMethod::Dpo);
            result.append(tunable);
            break;
        }
    }
    return result;
}

QList<TunableModel> markedTunable(const QList<ModelInfo> &listed)
{
    QList<TunableModel> result;
    for (const ModelInfo &model : listed) {
        if (model.fineTunable.value_or(false))
            result.append(fromListing(model));
    }
    return result;
}

QList<TunableModel> listedAndAdded(const QList<ModelInfo> &listed, const QStringList &byHand)
{
    QList<TunableModel> result;
    QStringList seen;
    for (const ModelInfo &model : listed) {
        if (model.isFineTuned() || model.id.isEmpty() || seen.contains(model.id))
            continue;
        seen.append(model.id);
        result.append(fromListing(model));
    }
    for (const QString &name : byHand) {
        const QString id = name.trimmed();
        if (id.isEmpty() || seen.contains(id))
            continue;
        seen.append(id);
        TunableModel tunable;
        tunable.id = id;
        tunable.addedByHand = true;
        result.append(tunable);
    }
    return result;
}

} // namespace OpenAiTunableModels
