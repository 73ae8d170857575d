#include "playgroundpage.h"

#include "api/playground/playgroundrunner.h"
#include "core/jobs/jobstore.h"
#include "core/playground/playgroundjudge.h"
#include "core/playground/playgroundstore.h"
#include "core/session/workspacesession.h"
#include "core/settings/profilestore.h"
#include "judgingcontroller.h"
#include "modelchoices.h"
#include "playgroundcolumnview.h"
#include "playgroundsessionmodel.h"
#include "playgroundsettingspanel.h"
#include "tallyview.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "verdictbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString SystemPromptKey = QStringLiteral("system_prompt");
const QString BlindKey = QStringLiteral("blind");

PlaygroundColumn emptyCopy(const PlaygroundColumn &column)
{
    PlaygroundColumn copy = column;
    copy.conversation = {};
    return copy;
}

} // namespace

PlaygroundPage::PlaygroundPage(const AppContext &context, QWidget *parent)
    : Page(parent), m_context(context),
      m_runner(new PlaygroundRunner(context.providers, context.prices, this)),
      m_choices(new ModelChoices(context.providers, this)),
      m_sessionModel(new PlaygroundSessionModel(this)), m_stack(new QStackedWidget),
      m_noWorkspace(new EmptyState(
          QIcon(QStringLiteral(":/icons/playground.svg")), tr("Compare answers"),
          tr("Ask the same question to the base model and to your tuned model and read their "
             "answers side by side. The Playground keeps its conversations in a workspace: "
             "open one first, or start from a finished fine-tuning job."))),
      m_noColumns(new EmptyState(
          QIcon(QStringLiteral(":/icons/playground.svg")), tr("Pick the models to compare"),
          tr("Add a column for each model, up to four: a base model, your tuned model, one of "
             "its checkpoints, or a model on a local server. Then type a question below: every "
             "column answers it at the same time, with its time, tokens and cost. A finished "
             "job's Try in Playground sets this up in one click."))),
      m_columnsStack(new QStackedWidget), m_splitter(new QSplitter(Qt::Horizontal)),
      m_sessions(new QComboBox), m_newSession(new QPushButton(tr("New Session"))),
      m_rename(new QPushButton(tr("Rename…"))), m_delete(new QPushButton(tr("Delete…"))),
      m_addColumn(new QPushButton(tr("Add Column"))), m_systemPrompt(new QPlainTextEdit),
      m_advanced(new QToolButton), m_settings(new PlaygroundSettingsPanel),
      m_message(new QPlainTextEdit), m_send(new QPushButton(tr("Send"))),
      m_stopAll(new QPushButton(tr("Stop All"))), m_composerNote(new QLabel),
      m_judging(new JudgingController(this)), m_showTallies(new QToolButton)
{
    connect(m_noWorkspace->addAction(tr("Go to Jobs")), &QPushButton::clicked, this,
            &PlaygroundPage::showJobsRequested);
    connect(m_noColumns->addAction(tr("Add a Column")), &QPushButton::clicked, this,
            &PlaygroundPage::addColumn);
    connect(m_noColumns->addAction(tr("Go to Jobs")), &QPushButton::clicked, this,
            &PlaygroundPage::showJobsRequested);

    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("playgroundColumns"));
    m_columnsStack->addWidget(m_noColumns);
    m_columnsStack->addWidget(m_splitter);

    auto work = new QWidget;
    auto layout = new QVBoxLayout(work);
    layout->addWidget(createSessionBar());
    layout->addWidget(m_columnsStack, 1);
    layout->addWidget(m_judging->verdictBar());
    layout->addWidget(createComposer());
    m_stack->addWidget(m_noWorkspace);
    m_stack->addWidget(work);
    auto outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &PlaygroundPage::saveNow);
    connect(m_choices, &ModelChoices::choicesChanged, this, [this](const QString &profileId) {
        for (PlaygroundColumnView *view : std::as_const(m_columnViews)) {
            if (view->profileId() == profileId)
                view->setChoices(m_choices->choices(profileId));
        }
    });
    if (m_context.profiles)
        connect(m_context.profiles, &ProfileStore::profilesChanged, this,
                &PlaygroundPage::updateProfiles);
    connectRunner();
    connectJudging();
    createShortcuts();
    updateState();
}

PlaygroundPage::~PlaygroundPage()
{
    if (m_saveTimer.isActive())
        saveNow();
}

QString PlaygroundPage::title() const
{
    return tr("Playground");
}

QIcon PlaygroundPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/playground.svg"));
}

QWidget *PlaygroundPage::createSessionBar()
{
    m_sessions->setModel(m_sessionModel);
    m_sessions->setObjectName(QStringLiteral("playgroundSessions"));
    m_sessions->setAccessibleName(tr("Session"));
    m_sessions->setToolTip(tr("Your saved Playground sessions, most recent first"));
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sessions->setMinimumContentsLength(24);
    m_newSession->setToolTip(tr("A new conversation with the same models (Ctrl+Shift+N)"));
    m_addColumn->setObjectName(QStringLiteral("addColumn"));
    m_addColumn->setToolTip(tr("Compare one more model, up to four"));
    auto bar = new QWidget;
    auto row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Session:")));
    row->addWidget(m_sessions, 1);
    row->addWidget(m_newSession);
    row->addWidget(m_rename);
    row->addWidget(m_delete);
    row->addStretch();
    row->addWidget(m_addColumn);
    connect(m_sessions, &QComboBox::activated, this, &PlaygroundPage::onSessionChosen);
    connect(m_sessionModel, &QAbstractItemModel::modelReset, this,
            &PlaygroundPage::selectCurrentSession);
    connect(m_newSession, &QPushButton::clicked, this, &PlaygroundPage::startNewSession);
    connect(m_rename, &QPushButton::clicked, this, &PlaygroundPage::askRename);
    connect(m_delete, &QPushButton::clicked, this, &PlaygroundPage::deleteSession);
    connect(m_addColumn, &QPushButton::clicked, this, &PlaygroundPage::addColumn);
    return bar;
}

QWidget *PlaygroundPage::createComposer()
{
    const int line = fontMetrics().lineSpacing();
    m_systemPrompt->setObjectName(QStringLiteral("playgroundSystemPrompt"));
    m_systemPrompt->setAccessibleName(tr("Instructions for every column"));
    m_systemPrompt->setPlaceholderText(
        tr("Instructions every model gets first, e.g. “You are a friendly support agent.”"));
    m_systemPrompt->setToolTip(tr("The system prompt, sent at the start of every column's "
                                  "conversation"));
    m_systemPrompt->setFixedHeight(line * 2 + 12);
    m_advanced->setText(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advanced->setObjectName(QStringLiteral("playgroundAdvanced"));
    m_settings->hide();
    m_message->setObjectName(QStringLiteral("playgroundMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setPlaceholderText(tr("Type a question for every column and press Ctrl+Enter"));
    m_message->setFixedHeight(line * 3 + 12);
    m_send->setObjectName(QStringLiteral("primaryButton"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send to every column (Ctrl+Enter)"));
    m_stopAll->setToolTip(tr("Stop every answer (Esc)"));
    m_composerNote->setWordWrap(true);
    m_composerNote->setForegroundRole(QPalette::PlaceholderText);
    m_composerNote->hide();

    auto composer = new QWidget;
    auto layout = new QVBoxLayout(composer);
    layout->setContentsMargins(0, 0, 0, 0);
    auto prompt = new QHBoxLayout;
    auto promptLabel = new QLabel(tr("Instructions:"));
    promptLabel->setToolTip(m_systemPrompt->toolTip());
    prompt->addWidget(promptLabel, 0, Qt::AlignTop);
    prompt->addWidget(m_systemPrompt, 1);
    prompt->addWidget(m_judging->blindSwitch(), 0, Qt::AlignTop);
    prompt->addWidget(m_showTallies, 0, Qt::AlignTop);
    prompt->addWidget(m_advanced, 0, Qt::AlignTop);
    layout->addLayout(prompt);
    layout->addWidget(m_settings);
    auto buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stopAll);
    buttons->addStretch();
    auto message = new QHBoxLayout;
    message->addWidget(m_message, 1);
    message->addLayout(buttons);
    layout->addLayout(message);
    layout->addWidget(m_composerNote);

    connect(m_advanced, &QToolButton::toggled, this, [this](bool open) {
        m_settings->setVisible(open);
        m_advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_settings, &PlaygroundSettingsPanel::changed, this, [this] {
        m_runner->setSettings(m_settings->settings());
        scheduleSave();
    });
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, [this] {
        m_runner->setSystemPrompt(m_systemPrompt->toPlainText());
        if (!m_loading)
            scheduleSave();
    });
    connect(m_send, &QPushButton::clicked, this, &PlaygroundPage::send);
    connect(m_stopAll, &QPushButton::clicked, m_runner, &PlaygroundRunner::stopAll);
    return composer;
}

void PlaygroundPage::createShortcuts()
{
    // Ctrl+Enter in the message box is read from its key presses (eventFilter): a text
    // editor takes Ctrl+Return for itself before any shortcut sees it.
    m_message->installEventFilter(this);
    auto stop = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stop->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stop, &QShortcut::activated, m_runner, &PlaygroundRunner::stopAll);
    auto fresh = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    fresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fresh, &QShortcut::activated, this, &PlaygroundPage::startNewSession);
}

void PlaygroundPage::connectRunner()
{
    connect(m_runner, &PlaygroundRunner::answerStarted, this, [this](int column) {
        if (PlaygroundColumnView *view = columnView(column))
            view->beginAnswer();
        updateState();
    });
    connect(m_runner, &PlaygroundRunner::answerText, this,
            [this](int column, const QString &piece) {
                if (PlaygroundColumnView *view = columnView(column))
                    view->appendAnswer(piece);
            });
    connect(m_runner, &PlaygroundRunner::answerFinished, this,
            [this](int column, const AnswerStats &stats, const ApiError &error) {
                if (PlaygroundColumnView *view = columnView(column))
                    view->finishAnswer(stats, error);
                updateState();
            });
    connect(m_runner, &PlaygroundRunner::conversationChanged, this, [this](int column) {
        if (PlaygroundColumnView *view = columnView(column))
            view->setConversation(m_runner->columns().at(column).conversation);
        scheduleSave();
    });
}

bool PlaygroundPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message && event->type() == QEvent::KeyPress) {
        const auto key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

// ---- columns

void PlaygroundPage::rebuildColumns()
{
    qDeleteAll(m_columnViews);
    m_columnViews.clear();
    const QList<ProviderProfile> profiles =
        m_context.profiles ? m_context.profiles->profiles() : QList<ProviderProfile>();
    for (const PlaygroundColumn &column : m_runner->columns()) {
        auto view = new PlaygroundColumnView;
        view->setProfiles(profiles);
        view->setChoices(m_choices->choices(column.profileId));
        view->setColumn(column);
        m_choices->fetch(column.profileId);
        connectColumn(view);
        m_splitter->addWidget(view);
        m_columnViews.append(view);
    }
    QList<int> sizes(m_columnViews.size(), 1000);
    m_splitter->setSizes(sizes);
    relabelColumns();
    updateState();
}

void PlaygroundPage::connectColumn(PlaygroundColumnView *view)
{
    connect(view, &PlaygroundColumnView::modelChanged, this,
            [this, view] { applyColumnEdits(indexOf(view)); });
    connect(view, &PlaygroundColumnView::profileChosen, this, [this, view](const QString &id) {
        view->setChoices(m_choices->choices(id));
        m_choices->fetch(id);
    });
    connect(view, &PlaygroundColumnView::removeRequested, this,
            [this, view] { removeColumn(indexOf(view)); });
    connect(view, &PlaygroundColumnView::stopRequested, this,
            [this, view] { m_runner->stop(indexOf(view)); });
    connect(view, &PlaygroundColumnView::editSaved, this,
            [this, view](int index, const QString &text) {
                const int column = indexOf(view);
                if (!m_runner->editMessage(column, index, text))
                    return;
                // An edited question is asked again; an edited answer is what the model
                // sees next.
                if (m_runner->columns().at(column).conversation.at(index).toObject().value(
                        QLatin1String("role")) == QLatin1String("user"))
                    m_runner->regenerate(column, index);
            });
    connect(view, &PlaygroundColumnView::regenerateRequested, this,
            [this, view](int index) { m_runner->regenerate(indexOf(view), index); });
    connect(view, &PlaygroundColumnView::saveAsExampleRequested, this, [this, view](int index) {
        m_judging->setColumns(m_runner->columns(), m_runner->systemPrompt());
        m_judging->saveAnswer(indexOf(view), index);
    });
}

int PlaygroundPage::indexOf(const PlaygroundColumnView *view) const
{
    return int(m_columnViews.indexOf(const_cast<PlaygroundColumnView *>(view)));
}

void PlaygroundPage::applyColumnEdits(int column)
{
    QList<PlaygroundColumn> columns = m_runner->columns();
    if (column < 0 || column >= columns.size() || m_runner->isAnyAnswering())
        return;
    PlaygroundColumnView *view = m_columnViews.at(column);
    PlaygroundColumn &edited = columns[column];
    edited.profileId = view->profileId();
    edited.model = view->model();
    const QString base = m_choices->baseModelOf(edited.profileId, edited.model);
    if (base.isEmpty())
        edited.settings.remove(QLatin1String(PlaygroundRunner::BaseModelKey));
    else
        edited.settings.insert(QLatin1String(PlaygroundRunner::BaseModelKey), base);
    m_runner->setColumns(columns);
    scheduleSave();
}

void PlaygroundPage::addColumn()
{
    if (!m_session || m_runner->columnCount() >= PlaygroundRunner::MaximumColumns ||
        m_runner->isAnyAnswering())
        return;
    QList<PlaygroundColumn> columns = m_runner->columns();
    PlaygroundColumn column;
    column.profileId = columns.isEmpty()
                           ? (m_context.profiles ? m_context.profiles->defaultProfileId()
                                                 : QString::fromLatin1(ProviderProfile::SandboxId))
                           : columns.last().profileId;
    // A new column joins the conversation so far with its own, empty history.
    columns.append(column);
    m_runner->setColumns(columns);
    rebuildColumns();
    if (PlaygroundColumnView *view = m_columnViews.value(m_columnViews.size() - 1))
        view->modelBox()->setFocus();
    scheduleSave();
}

void PlaygroundPage::removeColumn(int column)
{
    QList<PlaygroundColumn> columns = m_runner->columns();
    if (column < 0 || column >= columns.size())
        return;
    m_runner->stop(column);
    columns.removeAt(column);
    m_runner->setColumns(columns);
    rebuildColumns();
    scheduleSave();
}

bool PlaygroundPage::send()
{
    const QString text = m_message->toPlainText();
    if (text.trimmed().isEmpty() || m_runner->isAnyAnswering())
        return false;
    for (const PlaygroundColumn &column : m_runner->columns()) {
        if (column.model.trimmed().isEmpty()) {
            m_composerNote->setText(tr("Choose a model in every column first (or remove the "
                                       "empty column)."));
            m_composerNote->show();
            return false;
        }
    }
    if (!m_runner->send(text))
        return false;
    m_judging->beginTurn(m_runner->columnCount());
    m_composerNote->hide();
    m_message->clear();
    return true;
}

// ---- sessions

PlaygroundStore *PlaygroundPage::store() const
{
    return m_session ? m_session->playground() : nullptr;
}

void PlaygroundPage::setSession(WorkspaceSession *session)
{
    if (m_saveTimer.isActive())
        saveNow();
    m_runner->setColumns({});
    m_session = session;
    m_sessionId = 0;
    m_sessionModel->setStore(store());
    m_choices->setJobStore(session ? session->jobs() : nullptr);
    PlaygroundSession latest;
    if (PlaygroundStore *sessions = store(); sessions && !sessions->sessions().isEmpty())
        latest = sessions->session(sessions->sessions().constFirst().id);
    loadSession(latest);
}

void PlaygroundPage::loadSession(const PlaygroundSession &session)
{
    m_loading = true;
    m_sessionId = session.id;
    m_sessionName = session.name;
    m_sessionCreatedAt = session.createdAt;
    m_systemPrompt->setPlainText(session.settings.value(SystemPromptKey).toString());
    m_settings->setSettings(session.settings);
    m_runner->setSettings(m_settings->settings());
    m_runner->setColumns(session.columns);
    m_judging->blindSwitch()->setChecked(session.settings.value(BlindKey).toBool());
    m_judging->judge()->clearRound();
    m_judging->setSession(m_session, m_sessionId);
    m_loading = false;
    rebuildColumns();
    selectCurrentSession();
}

QJsonObject PlaygroundPage::sessionSettings() const
{
    QJsonObject settings = m_settings->settings();
    if (!m_systemPrompt->toPlainText().isEmpty())
        settings.insert(SystemPromptKey, m_systemPrompt->toPlainText());
    if (m_judging->blindSwitch()->isChecked())
        settings.insert(BlindKey, true);
    return settings;
}

PlaygroundSession PlaygroundPage::currentSession() const
{
    PlaygroundSession session;
    session.id = m_sessionId;
    session.name = m_sessionName;
    session.createdAt = m_sessionCreatedAt;
    session.settings = sessionSettings();
    session.columns = m_runner->columns();
    return session;
}

void PlaygroundPage::saveNow()
{
    m_saveTimer.stop();
    PlaygroundStore *sessions = store();
    if (!sessions || m_loading)
        return;
    if (m_sessionId == 0) {
        if (m_runner->columnCount() == 0)
            return; // nothing worth keeping yet
        m_sessionId =
            sessions->createSession(m_sessionName, m_runner->columns(), sessionSettings());
        if (m_sessionId == 0)
            return showStoreError();
        m_sessionName = sessions->session(m_sessionId).name;
        m_judging->setSession(m_session, m_sessionId); // verdicts can be kept from now on
        selectCurrentSession();
        return;
    }
    if (!sessions->saveSession(currentSession()))
        showStoreError();
}

void PlaygroundPage::showStoreError()
{
    Q_EMIT statusMessage(store() ? store()->lastError() : QString());
}

void PlaygroundPage::selectCurrentSession()
{
    const int row = m_sessionModel->rowOf(m_sessionId);
    if (m_sessions->currentIndex() != row)
        m_sessions->setCurrentIndex(row);
    updateState();
}

void PlaygroundPage::onSessionChosen(int row)
{
    const qint64 id = m_sessionModel->idAt(row);
    if (id != m_sessionId)
        openSession(id);
}

bool PlaygroundPage::openSession(qint64 sessionId)
{
    PlaygroundStore *sessions = store();
    if (!sessions)
        return false;
    const PlaygroundSession session = sessions->session(sessionId);
    if (session.id == 0)
        return false;
    if (m_saveTimer.isActive())
        saveNow();
    loadSession(session);
    return true;
}

qint64 PlaygroundPage::openNewSession(const QList<PlaygroundColumn> &columns, const QString &name)
{
    PlaygroundStore *sessions = store();
    if (!sessions)
        return 0;
    if (m_saveTimer.isActive())
        saveNow();
    const QList<PlaygroundColumn> kept = columns.mid(0, PlaygroundRunner::MaximumColumns);
    const qint64 id = sessions->createSession(name, kept, sessionSettings());
    if (id == 0) {
        showStoreError();
        return 0;
    }
    loadSession(sessions->session(id));
    return id;
}

void PlaygroundPage::startNewSession()
{
    if (!store() || m_runner->isAnyAnswering())
        return;
    QList<PlaygroundColumn> columns;
    for (const PlaygroundColumn &column : m_runner->columns())
        columns.append(emptyCopy(column));
    openNewSession(columns);
    m_message->setFocus();
}

bool PlaygroundPage::renameSession(const QString &name)
{
    PlaygroundStore *sessions = store();
    if (!sessions || m_sessionId == 0)
        return false;
    if (m_saveTimer.isActive())
        saveNow();
    if (!sessions->renameSession(m_sessionId, name)) {
        Messages::warning(this, sessions->lastError());
        return false;
    }
    m_sessionName = sessions->session(m_sessionId).name;
    return true;
}

void PlaygroundPage::askRename()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Session"), tr("Session name:"),
                                               QLineEdit::Normal, m_sessionName, &ok);
    if (ok)
        renameSession(name);
}

void PlaygroundPage::deleteSession()
{
    PlaygroundStore *sessions = store();
    if (!sessions || m_sessionId == 0)
        return;
    const auto answer = Messages::ask(
        this, tr("Delete the session “%1”?").arg(m_sessionName),
        tr("Its conversations and the comparisons rated in it are removed from the workspace. "
           "This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_saveTimer.stop();
    m_runner->setColumns({});
    const qint64 removed = m_sessionId;
    m_sessionId = 0;
    if (!sessions->removeSession(removed)) {
        Messages::warning(this, sessions->lastError());
        return;
    }
    PlaygroundSession next;
    if (!sessions->sessions().isEmpty())
        next = sessions->session(sessions->sessions().constFirst().id);
    loadSession(next);
}

void PlaygroundPage::openJob(qint64 jobId, const QString &checkpointModel)
{
    if (!m_session || !m_session->jobs())
        return;
    const JobRecord record = m_session->jobs()->job(jobId);
    if (record.id == 0 || record.job.fineTunedModel.isEmpty())
        return;
    const auto columnFor = [&record](const QString &model, bool tuned) {
        PlaygroundColumn column;
        column.profileId = record.profileId;
        column.model = model;
        if (tuned)
            column.settings.insert(QLatin1String(PlaygroundRunner::BaseModelKey), record.job.model);
        return column;
    };
    QList<PlaygroundColumn> columns{columnFor(record.job.model, false)};
    if (!checkpointModel.isEmpty() && checkpointModel != record.job.fineTunedModel)
        columns.append(columnFor(checkpointModel, true));
    columns.append(columnFor(record.job.fineTunedModel, true));
    const QString name =
        record.job.suffix.isEmpty() ? record.job.fineTunedModel : record.job.suffix;
    openNewSession(columns, checkpointModel.isEmpty()
                                ? tr("%1 against its base model").arg(name)
                                : tr("%1: checkpoint against the end").arg(name));
    m_message->setFocus();
}

// ---- state

void PlaygroundPage::updateProfiles()
{
    const QList<ProviderProfile> profiles = m_context.profiles->profiles();
    for (PlaygroundColumnView *view : std::as_const(m_columnViews))
        view->setProfiles(profiles);
}

void PlaygroundPage::updateState()
{
    const bool open = m_session;
    m_stack->setCurrentIndex(open ? 1 : 0);
    const bool answering = m_runner->isAnyAnswering();
    const int columns = m_runner->columnCount();
    m_columnsStack->setCurrentIndex(columns > 0 ? 1 : 0);
    m_addColumn->setEnabled(open && !answering && columns < PlaygroundRunner::MaximumColumns);
    m_send->setEnabled(columns > 0 && !answering);
    m_stopAll->setEnabled(answering);
    m_newSession->setEnabled(open && !answering);
    m_rename->setEnabled(m_sessionId != 0);
    m_delete->setEnabled(m_sessionId != 0 && !answering);
    m_sessions->setEnabled(!answering && m_sessionModel->rowCount() > 0);
    for (PlaygroundColumnView *view : std::as_const(m_columnViews))
        view->setRemovable(!answering);
}

// ---- judging

void PlaygroundPage::connectJudging()
{
    m_showTallies->setText(tr("Results"));
    m_showTallies->setCheckable(true);
    m_showTallies->setAutoRaise(true);
    m_showTallies->setObjectName(QStringLiteral("showTallies"));
    m_showTallies->setToolTip(tr("How often each model's answer was preferred, in this session "
                                 "and in all of them"));
    // The tallies in a window of their own: the columns keep the page's height.
    auto results = new QDialog(this);
    results->setObjectName(QStringLiteral("resultsWindow"));
    results->setWindowTitle(tr("Results"));
    auto resultsLayout = new QVBoxLayout(results);
    resultsLayout->addWidget(m_judging->tallyView());
    results->resize(820, 320);
    connect(m_showTallies, &QToolButton::toggled, results, &QWidget::setVisible);
    connect(results, &QDialog::finished, m_showTallies,
            [this] { m_showTallies->setChecked(false); });
    connect(m_judging->blindSwitch(), &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            scheduleSave();
    });
    connect(m_judging, &JudgingController::columnsRelabelled, this,
            &PlaygroundPage::relabelColumns);
    connect(m_judging, &JudgingController::statusMessage, this, &Page::statusMessage);
    connect(m_runner, &PlaygroundRunner::turnFinished, this, [this] {
        if (m_sessionId == 0)
            saveNow(); // a verdict needs the session in the workspace
        m_judging->finishTurn(m_runner->columns(), m_runner->systemPrompt());
    });
}

void PlaygroundPage::relabelColumns()
{
    // Blind: the columns in the turn's shuffled order, named "Answer 1", "Answer 2"... until
    // the names are revealed; they stay in that order until the next turn.
    const QList<int> order = m_judging->shownColumns();
    const bool inOrder = order.size() == m_columnViews.size();
    const bool hidden = m_judging->namesHidden() && inOrder;
    bool moved = false;
    for (int column = 0; column < m_columnViews.size(); ++column) {
        PlaygroundColumnView *view = m_columnViews.at(column);
        view->setBlindTitle(hidden ? m_judging->judge()->columnTitle(column, view->model())
                                   : QString());
        const int position = inOrder ? int(order.indexOf(column)) : column;
        if (m_splitter->indexOf(view) != position) {
            m_splitter->insertWidget(position, view);
            moved = true;
        }
    }
    if (moved)
        m_splitter->setSizes(QList<int>(m_columnViews.size(), 1000));
}
