#pragma once

#include "core/jobs/chatrequest.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

// The answer settings of a Playground session (or of one column, which overrides the
// session's): how free the model is, how long it may answer, where it must stop. Unset
// values are left out of the request so the provider's defaults apply. Kept as JSON in the
// session (PlaygroundColumn::settings / PlaygroundSession::settings) under the API's names.
struct PlaygroundSettings
{
    std::optional<double> temperature; // 0..2
    std::optional<double> topP;        // 0..1
    std::optional<int> maxAnswerTokens;
    QStringList stop; // up to four sequences
    std::optional<qint64> seed;

    static constexpr auto TemperatureKey = "temperature";
    static constexpr auto TopPKey = "top_p";
    static constexpr auto MaxTokensKey = "max_tokens";
    static constexpr auto StopKey = "stop";
    static constexpr auto SeedKey = "seed";

    QJsonObject toJson() const;
    // Reads the keys above; anything else in the object is ignored.
    static PlaygroundSettings fromJson(const QJsonObject &object);
    // `over`'s values where set, this one's elsewhere.
    PlaygroundSettings overriddenBy(const PlaygroundSettings &over) const;
    void applyTo(ChatRequest &request) const;

    friend bool operator==(const PlaygroundSettings &, const PlaygroundSettings &) = default;
};
