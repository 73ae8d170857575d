#pragma once

#include "api/client/apierror.h"
#include "core/settings/providerprofile.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

// The step of Start fine-tune shown when the provider did not start the job: what happened
// and what to do, the provider's own message under Details, and — when the provider no longer
// takes new fine-tuning jobs (OpenAI's wind-down) — one button per other provider that opens
// the same form there, with the dataset and settings kept.
class FineTuneFailurePage : public QWidget
{
    Q_OBJECT

public:
    explicit FineTuneFailurePage(QWidget *parent = nullptr);

    // `others` are the providers that could take the job instead.
    void setError(const ApiError &error, const QString &providerName,
                  const QList<ProviderProfile> &others);
    const ApiError &error() const { return m_error; }
    QList<QPushButton *> alternativeButtons() const { return m_alternatives; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void alternativeChosen(const QString &profileId);

private:
    void clearAlternatives();

    ApiError m_error;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_wayForward;
    QToolButton *m_detailsButton;
    QPlainTextEdit *m_details;
    QVBoxLayout *m_alternativeBox;
    QList<QPushButton *> m_alternatives;
};
