#pragma once

#include "core/workspace/datasettypes.h"

#include <QDialog>
#include <QJsonArray>
#include <QList>

class DatasetStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

// "Save as example…" and "Save as preference…" from the Playground: the person chooses the
// dataset (of the matching kind, or a new one) and its split, sees the conversation that
// leads to the answer and may edit the answer before it is saved. Saving pushes one
// SaveAnswerCommand on the workspace's undo stack, so the example shows in the dataset
// studio at once and Ctrl+Z there takes it out (a dataset the dialog created stays).
class SaveAnswerDialog : public QDialog
{
    Q_OBJECT

public:
    // One answer as the Playground shows it: its title (a model's name, or "Answer 2" while
    // the names are hidden), the conversation before it (PlaygroundExample::promptFor), its
    // text and the model that wrote it (for the example's note).
    struct Choice
    {
        QString title;
        QJsonArray prompt;
        QString text;
        QString model;
    };

    SaveAnswerDialog(DatasetStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    // A chat example from one answer.
    void setAnswer(const Choice &answer);
    // A preference pair from two of these answers (the person may pick others).
    void setPair(const QList<Choice> &answers, int preferred, int rejected);

    bool isPreference() const { return m_preference; }
    // The example as it will be saved (with the edits), and where.
    QJsonObject example() const;
    qint64 targetDatasetId() const; // 0 for a new dataset
    QString split() const;
    // "" when the example can be saved.
    QString problem() const;

    // Saves (as the Save button does): returns the new example's id, 0 on failure (error()
    // then says why).
    qint64 save();
    QString error() const { return m_error; }
    qint64 savedExampleId() const { return m_savedId; }
    qint64 savedDatasetId() const { return m_savedDataset; }

    QPlainTextEdit *answerEdit() const { return m_answer; }
    QPlainTextEdit *rejectedEdit() const { return m_rejected; }
    QComboBox *datasetBox() const { return m_dataset; }

Q_SIGNALS:
    void saved(qint64 datasetId, qint64 exampleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scrollPromptToEnd();
    void fillDatasets();
    void preferredChosen();
    void rejectedChosen();
    void showPrompt();
    void updateState();
    QString note() const;
    qint64 ensureDataset();

    DatasetStore *m_store;
    QUndoStack *m_undoStack;
    bool m_preference = false;
    QList<Choice> m_choices;
    QLabel *m_intro;
    QComboBox *m_dataset;
    QLineEdit *m_newName;
    QLabel *m_newNameLabel;
    QComboBox *m_split;
    QPlainTextEdit *m_prompt;
    QLabel *m_answerLabel;
    QComboBox *m_preferredBox;
    QPlainTextEdit *m_answer;
    QWidget *m_rejectedPane;
    QLabel *m_rejectedLabel;
    QComboBox *m_rejectedBox;
    QPlainTextEdit *m_rejected;
    QLabel *m_problem;
    QPushButton *m_saveButton;
    QString m_error;
    qint64 m_savedId = 0;
    qint64 m_savedDataset = 0;
};
