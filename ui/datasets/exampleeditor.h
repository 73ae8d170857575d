#pragma once

#include "core/workspace/commands/examplemessages.h"
#include "core/workspace/datasettypes.h"

#include <QWidget>

class ConversationEditor;
class DatasetStore;
class GrowingTextEdit;
class PreferenceEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QStackedWidget;
class QUndoCommand;
class QUndoStack;

// The right-hand panel: one example as message cards, with its split, tags and note. Every
// change becomes a command on the undo stack, which writes it to the workspace at once; when
// the stored example changes (undo, redo, another view) the panel shows it again.
class ExampleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ExampleEditor(QWidget *parent = nullptr);

    // The workspace session's store and undo stack; both nullptr when no workspace is open.
    void setStore(DatasetStore *store, QUndoStack *undoStack);
    void showExample(qint64 exampleId);
    qint64 exampleId() const { return m_exampleId; }

    ConversationEditor *conversation() const { return m_chat; }
    PreferenceEditor *preference() const { return m_preference; }

    // Never narrower than the cards need (a long role in Portuguese, the card's buttons), so
    // the editor scrolls down but never sideways.
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using List = ExampleMessages::List;

    QWidget *createHeader();
    void connectConversation(ConversationEditor *editor);
    void refresh();
    void readInBackground(qint64 bytes);
    void showRecord(const ExampleRecord &record);
    void setFieldsEnabled(bool enabled); // split, tags and note
    void push(QUndoCommand *command);
    void onExamplesChanged(qint64 datasetId, const QList<qint64> &ids);
    void onTextEdited(List list, int index, const QString &text);
    void onRemove(List list, int index);
    void onMove(List list, int from, int to);
    void applyTags();
    void onNoteEdited();
    void showEditorPage(int index);

    QUndoStack *m_undoStack = nullptr;
    DatasetStore *m_store = nullptr;
    qint64 m_exampleId = 0;
    qint64 m_shownId = 0;     // the example the cards show (0: none, or one still being read)
    int m_readGeneration = 0; // a background read for an older refresh is dropped
    int m_typingSession = 0;
    bool m_refreshing = false;
    bool m_refreshWhenIdle = false;

    QLabel *m_title;
    QLabel *m_tokens; // counted in the background (TokenCountUpdater), shown when known
    QComboBox *m_split;
    QLineEdit *m_tags;
    GrowingTextEdit *m_note;
    QStackedWidget *m_pages;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    ConversationEditor *m_chat;
    PreferenceEditor *m_preference;
    QLabel *m_nothing;
};
