#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// A model a provider offers. shutdownDate is invalid when none is announced.
struct ModelInfo
{
    QString id;
    QString ownedBy;
    QDateTime created;
    QDate shutdownDate;
    QString displayName;             // Together's display_name; empty elsewhere
    QString type;                    // Together's "chat", "language"...; empty elsewhere
    std::optional<bool> fineTunable; // where the listing says (Azure's capabilities.fine_tune)

    bool isFineTuned() const { return id.startsWith(QLatin1String("ft:")); }
};
