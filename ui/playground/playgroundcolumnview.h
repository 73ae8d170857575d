#pragma once

#include "api/client/apierror.h"
#include "api/playground/answerstats.h"
#include "core/playground/playgroundsession.h"
#include "core/settings/providerprofile.h"
#include "modelchoices.h"

#include <QList>
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class PlaygroundMessageView;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

// One model column of the Playground: which profile and model answer (tuned models and
// checkpoints of the workspace first; any name can be typed for a local server), Stop, and
// the column's own conversation with each answer's figures. Shows what the page tells it;
// asks the page through signals.
class PlaygroundColumnView : public QWidget
{
    Q_OBJECT

public:
    // Pieces are shown at most this often (see appendAnswer); the first after a pause at once.
    static constexpr int ShowArrivedMs = 8;

    explicit PlaygroundColumnView(QWidget *parent = nullptr);

    void setProfiles(const QList<ProviderProfile> &profiles);
    void setChoices(const QList<ModelChoice> &choices);
    // The column as saved: its profile, model and conversation.
    void setColumn(const PlaygroundColumn &column);
    QString profileId() const;
    QString model() const;

    void setConversation(const QJsonArray &conversation);
    void beginAnswer();
    void appendAnswer(const QString &piece);
    // An answer the runner did not keep (nothing arrived) leaves its reason in the column.
    void finishAnswer(const AnswerStats &stats, const ApiError &error);
    bool isAnswering() const { return m_answering; }
    void setRemovable(bool removable);
    // Blind comparison: a title ("Answer 2") instead of the profile and model, and no figures.
    // An empty title shows the column as usual.
    void setBlindTitle(const QString &title);
    QLabel *blindTitleLabel() const { return m_blindTitle; }

    QComboBox *profileBox() const { return m_profile; }
    QComboBox *modelBox() const { return m_model; }
    QPushButton *stopButton() const { return m_stop; }
    QList<PlaygroundMessageView *> messages() const { return m_messages; }
    PlaygroundMessageView *streamingAnswer() const { return m_pending; }
    QLabel *problemLabel() const { return m_problemText; }
    QScrollArea *history() const { return m_scroll; }

Q_SIGNALS:
    void modelChanged();                          // profile or model edited by the user
    void profileChosen(const QString &profileId); // to fetch its models
    void removeRequested();
    void stopRequested();
    void editSaved(int index, const QString &text);
    void regenerateRequested(int index);
    void saveAsExampleRequested(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int answerHeightCap() const;
    PlaygroundMessageView *addMessageView(int index, const QJsonObject &message);
    void updateActions();
    void followEnd(int minimum, int maximum);
    void showArrived();
    void showProblemDetails();

    QComboBox *m_profile;
    QComboBox *m_model;
    QToolButton *m_remove;
    QPushButton *m_stop;
    QLabel *m_blindTitle;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_list;
    QWidget *m_problem;
    QLabel *m_problemText;
    QString m_problemDetails;
    QList<PlaygroundMessageView *> m_messages;
    PlaygroundMessageView *m_pending = nullptr;
    QString m_arrived; // pieces not shown yet
    QTimer m_showArrived;
    QElapsedTimer m_sinceShown; // since pieces were last shown
    bool m_answering = false;
    bool m_follow = true;
    bool m_loading = false;
};
