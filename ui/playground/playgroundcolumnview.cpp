#include "playgroundcolumnview.h"

#include "answerview.h"
#include "playgroundmessageview.h"
#include "ui/common/messages.h"

#include <algorithm>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

PlaygroundColumnView::PlaygroundColumnView(QWidget *parent)
    : QWidget(parent), m_profile(new QComboBox), m_model(new QComboBox), m_remove(new QToolButton),
      m_stop(new QPushButton(tr("Stop"))), m_blindTitle(new QLabel), m_scroll(new QScrollArea),
      m_content(new QWidget), m_list(new QVBoxLayout(m_content)), m_problem(new QWidget),
      m_problemText(new QLabel)
{
    setObjectName(QStringLiteral("playgroundColumn"));
    m_profile->setObjectName(QStringLiteral("columnProfile"));
    m_profile->setAccessibleName(tr("Provider"));
    m_profile->setToolTip(tr("The provider profile that answers in this column"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(8);
    m_model->setObjectName(QStringLiteral("columnModel"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(10);
    m_model->lineEdit()->setPlaceholderText(tr("Choose or type a model"));
    m_model->setToolTip(tr("Your tuned models and checkpoints come first; for a local server, "
                           "type the model's name"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this column"));
    m_remove->setAutoRaise(true);
    m_remove->setObjectName(QStringLiteral("removeColumn"));
    m_stop->setObjectName(QStringLiteral("stopColumn"));
    m_stop->setToolTip(tr("Stop this answer; the other columns go on"));
    m_stop->setEnabled(false);

    // Two rows: model names are long ("ft:gpt-4o-mini-2024-07-18:org:name:id") and so are
    // profile names; each gets the column's whole width.
    auto header = new QGridLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_profile, 0, 0);
    header->addWidget(m_stop, 0, 1);
    header->addWidget(m_remove, 0, 2);
    header->addWidget(m_model, 1, 0, 1, 3);
    header->setColumnStretch(0, 1);
    // Blind comparison: in the profile's place while the profile and model are hidden.
    m_blindTitle->setObjectName(QStringLiteral("columnBlindTitle"));
    m_blindTitle->hide();
    QFont bold = m_blindTitle->font();
    bold.setBold(true);
    m_blindTitle->setFont(bold);
    header->addWidget(m_blindTitle, 0, 0);

    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(6);
    m_list->addStretch();
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setObjectName(QStringLiteral("columnHistory"));

    m_problemText->setWordWrap(true);
    m_problemText->setObjectName(QStringLiteral("columnProblem"));
    auto details = new QToolButton;
    details->setText(tr("Details…"));
    details->setAutoRaise(true);
    auto problemRow = new QHBoxLayout(m_problem);
    problemRow->setContentsMargins(4, 4, 4, 4);
    problemRow->addWidget(m_problemText, 1);
    problemRow->addWidget(details, 0, Qt::AlignTop);
    m_problem->hide();

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problem);

    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        Q_EMIT profileChosen(profileId());
        Q_EMIT modelChanged();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        if (!m_loading)
            Q_EMIT modelChanged();
    });
    connect(m_remove, &QToolButton::clicked, this, &PlaygroundColumnView::removeRequested);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundColumnView::stopRequested);
    connect(details, &QToolButton::clicked, this, &PlaygroundColumnView::showProblemDetails);
    m_showArrived.setSingleShot(true);
    m_showArrived.setTimerType(Qt::PreciseTimer);
    connect(&m_showArrived, &QTimer::timeout, this, &PlaygroundColumnView::showArrived);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &PlaygroundColumnView::followEnd);
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum() - 4; });
}

void PlaygroundColumnView::setProfiles(const QList<ProviderProfile> &profiles)
{
    const QString current = profileId();
    m_loading = true;
    m_profile->clear();
    for (const ProviderProfile &profile : profiles)
        m_profile->addItem(profile.name, profile.id);
    const int row = m_profile->findData(current);
    m_profile->setCurrentIndex(row >= 0 ? row : 0);
    m_loading = false;
}

void PlaygroundColumnView::setChoices(const QList<ModelChoice> &choices)
{
    const QString current = model();
    m_loading = true;
    m_model->clear();
    for (const ModelChoice &choice : choices) {
        m_model->addItem(choice.label, choice.model);
        m_model->setItemData(m_model->count() - 1, choice.model, Qt::ToolTipRole);
    }
    m_model->setEditText(current);
    m_loading = false;
}

void PlaygroundColumnView::setColumn(const PlaygroundColumn &column)
{
    m_loading = true;
    const int row = m_profile->findData(column.profileId);
    if (row >= 0)
        m_profile->setCurrentIndex(row);
    m_model->setEditText(column.model);
    m_loading = false;
    setConversation(column.conversation);
}

QString PlaygroundColumnView::profileId() const
{
    return m_profile->currentData().toString();
}

QString PlaygroundColumnView::model() const
{
    // A chosen item shows its label; the model is its data. A typed name is itself.
    const QString text = m_model->currentText().trimmed();
    const int row = m_model->findText(text);
    return row >= 0 ? m_model->itemData(row).toString() : text;
}

PlaygroundMessageView *PlaygroundColumnView::addMessageView(int index, const QJsonObject &message)
{
    auto view = new PlaygroundMessageView(index, message);
    m_list->insertWidget(m_list->count() - 1, view); // above the stretch
    connect(view, &PlaygroundMessageView::editSaved, this, &PlaygroundColumnView::editSaved);
    connect(view, &PlaygroundMessageView::regenerateRequested, this,
            &PlaygroundColumnView::regenerateRequested);
    connect(view, &PlaygroundMessageView::saveAsExampleRequested, this,
            &PlaygroundColumnView::saveAsExampleRequested);
    view->setFiguresHidden(!m_blindTitle->isHidden());
    view->setActionsEnabled(!m_answering);
    view->textView()->setHeightCap(answerHeightCap());
    return view;
}

void PlaygroundColumnView::setConversation(const QJsonArray &conversation)
{
    // The answer that streamed in becomes the saved one, without laying out its text again.
    if (m_pending) {
        if (!m_answering && conversation.size() == m_messages.size() + 1)
            m_messages.append(m_pending);
        else
            delete m_pending;
        m_pending = nullptr;
    }
    while (m_messages.size() > conversation.size())
        delete m_messages.takeLast();
    for (int index = 0; index < conversation.size(); ++index) {
        const QJsonObject message = conversation.at(index).toObject();
        if (index < m_messages.size())
            m_messages.at(index)->setMessage(index, message);
        else
            m_messages.append(addMessageView(index, message));
    }
    updateActions();
}

void PlaygroundColumnView::beginAnswer()
{
    m_arrived.clear();
    delete m_pending;
    m_answering = true;
    m_follow = true;
    m_problem->hide();
    m_pending = addMessageView(int(m_messages.size()), {});
    updateActions();
}

void PlaygroundColumnView::appendAnswer(const QString &piece)
{
    // A piece after a pause is shown at the next turn of the event loop; pieces that follow
    // within a few milliseconds are shown together, with one layout and one paint for all of
    // them, so four fast streams leave the window time for everything else (bench_playground).
    m_arrived += piece;
    if (m_showArrived.isActive())
        return;
    const qint64 since = m_sinceShown.isValid() ? m_sinceShown.elapsed() : ShowArrivedMs;
    m_showArrived.start(int(std::max<qint64>(0, ShowArrivedMs - since)));
}

void PlaygroundColumnView::showArrived()
{
    m_showArrived.stop();
    m_sinceShown.start();
    if (m_pending && !m_arrived.isEmpty())
        m_pending->appendText(m_arrived);
    m_arrived.clear();
}

void PlaygroundColumnView::finishAnswer(const AnswerStats &, const ApiError &error)
{
    showArrived();
    m_answering = false;
    // Nothing arrived: the runner keeps no answer, so the reason stays in the column.
    const bool nothingArrived = !m_pending || m_pending->textView()->markdown().isEmpty();
    if (error && nothingArrived) {
        m_problemText->setText(error.kind == ApiError::Kind::Cancelled
                                   ? tr("You stopped this column before the model answered.")
                                   : error.userMessage);
        m_problemDetails = error.detailsText();
        m_problem->show();
    }
    updateActions();
}

void PlaygroundColumnView::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

void PlaygroundColumnView::setBlindTitle(const QString &title)
{
    const bool blind = !title.isEmpty();
    m_blindTitle->setText(title);
    m_blindTitle->setVisible(blind);
    m_profile->setVisible(!blind);
    m_model->setVisible(!blind);
    m_remove->setVisible(!blind);
    for (PlaygroundMessageView *view : std::as_const(m_messages))
        view->setFiguresHidden(blind);
    if (m_pending)
        m_pending->setFiguresHidden(blind);
}

void PlaygroundColumnView::updateActions()
{
    m_stop->setEnabled(m_answering);
    m_profile->setEnabled(!m_answering);
    m_model->setEnabled(!m_answering);
    for (PlaygroundMessageView *view : std::as_const(m_messages))
        view->setActionsEnabled(!m_answering);
}

int PlaygroundColumnView::answerHeightCap() const
{
    // A long answer fills what the column shows and scrolls inside itself.
    return m_scroll->viewport()->height() - 4 * fontMetrics().lineSpacing();
}

void PlaygroundColumnView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int cap = answerHeightCap();
    for (PlaygroundMessageView *view : std::as_const(m_messages))
        view->textView()->setHeightCap(cap);
    if (m_pending)
        m_pending->textView()->setHeightCap(cap);
}

void PlaygroundColumnView::followEnd(int, int maximum)
{
    if (m_follow)
        m_scroll->verticalScrollBar()->setValue(maximum);
}

void PlaygroundColumnView::showProblemDetails()
{
    Messages::warning(this, m_problemText->text(), m_problemDetails);
}
