#include "exampleeditor.h"

#include "core/workspace/backgroundwriter.h"
#include "core/workspace/commands/addmessagecommand.h"
#include "core/workspace/commands/editmessagetextcommand.h"
#include "core/workspace/commands/movemessagecommand.h"
#include "core/workspace/commands/removemessagecommand.h"
#include "core/workspace/commands/setnotecommand.h"
#include "core/workspace/commands/setrolecommand.h"
#include "core/workspace/commands/setsplitcommand.h"
#include "core/workspace/commands/settagscommand.h"
#include "core/workspace/commands/setweightcommand.h"
#include "conversationeditor.h"
#include "core/workspace/datasetstore.h"
#include "growingtextedit.h"
#include "messagecard.h"
#include "preferenceeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum PageIndex { NothingPage, ChatPage, PreferencePage };

// An example this big (its stored JSON) is read and parsed on a worker when it is opened:
// on the GUI thread it would hold the window up for a tenth of a second and more.
constexpr qint64 LargeExampleBytes = 1024 * 1024;

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}
} // namespace

ExampleEditor::ExampleEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_tokens(new QLabel)
    , m_split(new QComboBox)
    , m_tags(new QLineEdit)
    , m_note(new GrowingTextEdit)
    , m_pages(new QStackedWidget)
    , m_chat(new ConversationEditor(List::Conversation))
    , m_preference(new PreferenceEditor)
    , m_nothing(new QLabel(tr("Choose an example in the list to see and edit it here.")))
{
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_pages->addWidget(m_nothing);
    m_pages->addWidget(m_chat);
    m_pages->addWidget(m_preference);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);

    m_scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget;
    auto contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addWidget(createHeader());
    contentLayout->addWidget(m_pages);
    contentLayout->addStretch();
    m_scroll->setWidget(m_content);
    // Other cards may need another width: the splitter hears of it.
    m_content->installEventFilter(this);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    connectConversation(m_chat);
    connectConversation(m_preference->prompt());
    disconnect(m_preference->prompt(), &ConversationEditor::textEdited, this, nullptr);
    disconnect(m_preference->prompt(), &ConversationEditor::typingFinished, this, nullptr);
    connect(m_preference, &PreferenceEditor::textEdited, this, &ExampleEditor::onTextEdited);
    connect(m_preference, &PreferenceEditor::typingFinished, this, [this] { ++m_typingSession; });
    showExample(0);
}

QSize ExampleEditor::minimumSizeHint() const
{
    constexpr int Narrowest = 360;
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    const int content =
        m_content->minimumSizeHint().width() + scrollBar + 2 * m_scroll->frameWidth();
    return {std::max(Narrowest, content), QWidget::minimumSizeHint().height()};
}

bool ExampleEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

QWidget *ExampleEditor::createHeader()
{
    auto header = new QWidget;
    header->setObjectName(QStringLiteral("exampleHeader"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_split->addItem(tr("Training"), DatasetStore::trainSplit());
    m_split->addItem(tr("Validation"), DatasetStore::validationSplit());
    m_split->setToolTip(tr("Training examples teach the model; validation examples are kept "
                           "aside to measure how well it learned (split)."));
    m_tags->setPlaceholderText(tr("Words to group examples, separated by commas"));
    m_tags->setClearButtonEnabled(true);
    m_note->setPlaceholderText(tr("A note for yourself; it is not sent for training"));

    auto form = new QFormLayout(header);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow editor a field goes under its label rather than cutting its hint short.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_tags->setMinimumWidth(
        std::min(m_tags->fontMetrics().horizontalAdvance(m_tags->placeholderText()) + 48, 320));
    m_tokens->setObjectName(QStringLiteral("exampleTokens"));
    m_tokens->setToolTip(tr("Tokens are the pieces of text the provider counts and bills for. "
                            "Counted as OpenAI's data-preparation guide does."));
    m_tokens->setWordWrap(true); // never widens the editor, whatever the language
    form->addRow(m_title);
    form->addRow(m_tokens);
    form->addRow(tr("Used for:"), m_split);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Note:"), m_note);

    connect(m_split, &QComboBox::activated, this, [this](int index) {
        if (m_exampleId)
            push(new SetSplitCommand(m_store, {m_exampleId}, m_split->itemData(index).toString()));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, &ExampleEditor::applyTags);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ExampleEditor::onNoteEdited);
    connect(m_note, &GrowingTextEdit::focusLost, this, [this] { ++m_typingSession; });
    return header;
}

void ExampleEditor::connectConversation(ConversationEditor *editor)
{
    connect(editor, &ConversationEditor::textEdited, this, &ExampleEditor::onTextEdited);
    connect(editor, &ConversationEditor::typingFinished, this, [this] { ++m_typingSession; });
    connect(editor, &ConversationEditor::roleChosen, this,
            [this](List list, int index, const QString &role) {
                push(new SetRoleCommand(m_store, m_exampleId, list, index, role));
            });
    connect(editor, &ConversationEditor::learnToggled, this,
            [this](List list, int index, bool learn) {
                push(new SetWeightCommand(m_store, m_exampleId, list, index, learn));
            });
    connect(editor, &ConversationEditor::removeRequested, this, &ExampleEditor::onRemove);
    connect(editor, &ConversationEditor::moveRequested, this, &ExampleEditor::onMove);
    connect(editor, &ConversationEditor::addRequested, this,
            [this, editor](List list, int index, const QJsonObject &message) {
                push(new AddMessageCommand(m_store, m_exampleId, list, index, message));
                if (MessageCard *card = editor->card(index))
                    card->editor()->setFocus();
            });
}

void ExampleEditor::setStore(DatasetStore *store, QUndoStack *undoStack)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_undoStack = undoStack;
    m_exampleId = 0;
    m_shownId = 0;
    if (store) {
        connect(store, &DatasetStore::examplesChanged, this, &ExampleEditor::onExamplesChanged);
        connect(store, &DatasetStore::examplesReset, this, &ExampleEditor::refresh);
        connect(store, &DatasetStore::examplesRemoved, this, &ExampleEditor::refresh);
        connect(store, &DatasetStore::examplesInserted, this, &ExampleEditor::refresh);
        connect(store, &DatasetStore::datasetRemoved, this, &ExampleEditor::refresh);
        // An edit that could not be stored: show the example as it is stored again. Queued,
        // as the failure comes from inside the keystroke's own text change.
        connect(store, &DatasetStore::writeFailed, this, &ExampleEditor::refresh,
                Qt::QueuedConnection);
        connect(store->writer(), &BackgroundWriter::busyChanged, this, [this](bool busy) {
            if (!busy && m_refreshWhenIdle)
                refresh();
        });
    }
    refresh();
}

void ExampleEditor::showExample(qint64 exampleId)
{
    if (exampleId != m_exampleId) {
        ++m_typingSession;
        m_chat->showFromStart();
        m_preference->prompt()->showFromStart();
    }
    m_exampleId = exampleId;
    refresh();
}

void ExampleEditor::onExamplesChanged(qint64 datasetId, const QList<qint64> &ids)
{
    Q_UNUSED(datasetId)
    if (m_exampleId && ids.contains(m_exampleId))
        refresh();
}

void ExampleEditor::refresh()
{
    // Reading the example would wait for a big write still being stored: shown again once
    // it is (the page keeps the editor disabled meanwhile).
    m_refreshWhenIdle = m_store && m_store->writer()->isBusy();
    if (m_refreshWhenIdle)
        return;
    ++m_readGeneration;
    // Only when another example is opened: the one being typed in stays on screen.
    if (m_store && m_exampleId && m_exampleId != m_shownId) {
        const qint64 bytes = m_store->exampleBytes(m_exampleId);
        if (bytes > LargeExampleBytes) {
            readInBackground(bytes);
            return;
        }
    }
    showRecord(m_store && m_exampleId ? m_store->example(m_exampleId) : ExampleRecord());
}

void ExampleEditor::readInBackground(qint64 bytes)
{
    // Nothing of the example shown before stays editable while this one is read.
    m_shownId = 0;
    m_title->setText(tr("Example %1").arg(m_store->positionOf(m_exampleId) + 1));
    m_tokens->clear();
    m_nothing->setText(tr("Opening this example: it is %1 MB of text…")
                           .arg(QLocale().toString(double(bytes) / 1e6, 'f', 1)));
    showEditorPage(NothingPage);
    setFieldsEnabled(false);
    auto *watcher = new QFutureWatcher<ExampleRecord>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_readGeneration] {
                watcher->deleteLater();
                if (generation == m_readGeneration)
                    showRecord(watcher->result());
            });
    watcher->setFuture(m_store->exampleAsync(m_exampleId));
}

void ExampleEditor::showRecord(const ExampleRecord &record)
{
    m_refreshing = true;
    m_shownId = record.id;
    m_nothing->setText(tr("Choose an example in the list to see and edit it here."));
    const bool exists = record.id != 0;
    setFieldsEnabled(exists);
    if (!exists) {
        m_title->setText(tr("No example chosen"));
        m_tokens->clear();
        showEditorPage(NothingPage);
        m_tags->clear();
        m_note->setTextKeepingCursor({});
        m_refreshing = false;
        return;
    }
    m_title->setText(tr("Example %1").arg(record.position + 1));
    const QList<ExampleRow> rows = m_store->rowsForIds({record.id});
    const int total = rows.isEmpty() ? -1 : rows.first().totalTokens;
    m_tokens->setText(total < 0 ? tr("Counting tokens…")
                                : tr("%1 tokens · learns from %2")
                                      .arg(QLocale().toString(total),
                                           QLocale().toString(rows.first().trainedTokens)));
    m_split->setCurrentIndex(std::max(0, m_split->findData(record.split)));
    const QString tags = record.tags.join(QStringLiteral(", "));
    if (parseTags(m_tags->text()) != record.tags)
        m_tags->setText(tags);
    m_note->setTextKeepingCursor(record.note);
    if (ExampleMessages::isPreference(record.json)) {
        m_preference->setExample(record.json);
        showEditorPage(PreferencePage);
    } else {
        m_chat->setMessages(ExampleMessages::messages(record.json, List::Conversation));
        showEditorPage(ChatPage);
    }
    m_refreshing = false;
}

void ExampleEditor::setFieldsEnabled(bool enabled)
{
    for (QWidget *field : {static_cast<QWidget *>(m_split), static_cast<QWidget *>(m_tags),
                           static_cast<QWidget *>(m_note)})
        field->setEnabled(enabled);
}

void ExampleEditor::push(QUndoCommand *command)
{
    if (m_undoStack)
        m_undoStack->push(command);
    else
        delete command; // nothing is open to edit
}

void ExampleEditor::onTextEdited(List list, int index, const QString &text)
{
    if (m_refreshing || !m_exampleId)
        return;
    push(new EditMessageTextCommand(m_store, m_exampleId, list, index, text, m_typingSession));
}

void ExampleEditor::onRemove(List list, int index)
{
    ++m_typingSession;
    push(new RemoveMessageCommand(m_store, m_exampleId, list, index));
}

void ExampleEditor::onMove(List list, int from, int to)
{
    ++m_typingSession;
    push(new MoveMessageCommand(m_store, m_exampleId, list, from, to));
}

void ExampleEditor::applyTags()
{
    if (m_refreshing || !m_exampleId)
        return;
    const QStringList tags = parseTags(m_tags->text());
    if (tags != m_store->example(m_exampleId).tags)
        push(new SetTagsCommand(m_store, m_exampleId, tags));
}

void ExampleEditor::onNoteEdited()
{
    if (m_refreshing || !m_exampleId)
        return;
    push(new SetNoteCommand(m_store, m_exampleId, m_note->toPlainText(), m_typingSession));
}

void ExampleEditor::showEditorPage(int index)
{
    // A stacked widget is as wide as its widest page; the side-by-side preference editor
    // would otherwise widen the chat editor too and push it out of the window.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(index);
}
