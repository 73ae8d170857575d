#pragma once

#include "core/jobs/modelinfo.h"
#include "core/jobs/tunablemodel.h"

#include <QList>
#include <QStringList>

// Which base models an OpenAI-style service can fine-tune, from its GET /models answer.
namespace OpenAiTunableModels {
// OpenAI's fine-tunable chat snapshots (gpt-4.1, 4.1 mini and nano, gpt-4o, 4o mini:
// supervised and preference training; gpt-3.5-turbo: supervised) that `listed` contains, with
// the listing's shutdown dates: what this account can really use.
QList<TunableModel> snapshots(const QList<ModelInfo> &listed);
// The models the listing itself marks fine-tunable (Azure's capabilities.fine_tune); empty
// when no model says either way.
QList<TunableModel> markedTunable(const QList<ModelInfo> &listed);
// An OpenAI-compatible server: every model it lists (tuned ones aside), then the names the
// user added by hand that it does not list.
QList<TunableModel> listedAndAdded(const QList<ModelInfo> &listed, const QStringList &byHand);
} // namespace OpenAiTunableModels
