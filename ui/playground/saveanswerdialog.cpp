#include "saveanswerdialog.h"

#include "core/dataset/examplejson.h"
#include "core/playground/playgroundexample.h"
#include "core/playground/saveanswercommand.h"
#include "core/workspace/datasetstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

QString roleTitle(const QString &role)
{
    if (role == QLatin1String("system") || role == QLatin1String("developer"))
        return SaveAnswerDialog::tr("Instructions");
    if (role == QLatin1String("user"))
        return SaveAnswerDialog::tr("User");
    if (role == QLatin1String("assistant"))
        return SaveAnswerDialog::tr("Assistant");
    return role;
}

QPlainTextEdit *textBox(const QString &name, const QString &accessibleName)
{
    auto edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

SaveAnswerDialog::SaveAnswerDialog(DatasetStore *store, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_store(store), m_undoStack(undoStack), m_intro(new QLabel),
      m_dataset(new QComboBox), m_newName(new QLineEdit),
      m_newNameLabel(new QLabel(tr("Name of the new dataset:"))), m_split(new QComboBox),
      m_prompt(textBox(QStringLiteral("savePrompt"), tr("The conversation before the answer"))),
      m_answerLabel(new QLabel), m_preferredBox(new QComboBox),
      m_answer(textBox(QStringLiteral("saveAnswer"), tr("The answer to save"))),
      m_rejectedLabel(new QLabel(tr("Rejected answer (the model should learn to avoid it):"))),
      m_rejectedBox(new QComboBox),
      m_rejected(textBox(QStringLiteral("saveRejected"), tr("The rejected answer"))),
      m_problem(new QLabel)
{
    m_intro->setWordWrap(true);
    m_dataset->setObjectName(QStringLiteral("saveDataset"));
    m_newName->setObjectName(QStringLiteral("saveNewName"));
    m_split->setObjectName(QStringLiteral("saveSplit"));
    m_split->addItem(tr("Training (the model learns from it)"), DatasetStore::trainSplit());
    m_split->addItem(tr("Validation (kept aside to check the model)"),
                     DatasetStore::validationSplit());
    m_prompt->setReadOnly(true);
    m_prompt->setMaximumHeight(140);
    m_answerLabel->setWordWrap(true);
    m_rejectedLabel->setWordWrap(true);
    m_preferredBox->setObjectName(QStringLiteral("savePreferredChoice"));
    m_rejectedBox->setObjectName(QStringLiteral("saveRejectedChoice"));
    m_problem->setObjectName(QStringLiteral("saveProblem"));
    m_problem->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(tr("Dataset:"), m_dataset);
    form->addRow(m_newNameLabel, m_newName);
    form->addRow(tr("Use for:"), m_split);

    auto better = new QVBoxLayout;
    better->addWidget(m_answerLabel);
    better->addWidget(m_preferredBox);
    better->addWidget(m_answer, 1);
    // In its own widget, so a plain example gives the whole width to its one answer.
    m_rejectedPane = new QWidget;
    auto worse = new QVBoxLayout(m_rejectedPane);
    worse->setContentsMargins(0, 0, 0, 0);
    worse->addWidget(m_rejectedLabel);
    worse->addWidget(m_rejectedBox);
    worse->addWidget(m_rejected, 1);
    auto answers = new QHBoxLayout;
    answers->addLayout(better, 1);
    answers->addWidget(m_rejectedPane, 1);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save() != 0)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The conversation before the answer:")));
    layout->addWidget(m_prompt);
    layout->addLayout(answers, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &SaveAnswerDialog::updateState);
    connect(m_newName, &QLineEdit::textChanged, this, &SaveAnswerDialog::updateState);
    connect(m_answer, &QPlainTextEdit::textChanged, this, &SaveAnswerDialog::updateState);
    connect(m_rejected, &QPlainTextEdit::textChanged, this, &SaveAnswerDialog::updateState);
    connect(m_preferredBox, &QComboBox::activated, this, &SaveAnswerDialog::preferredChosen);
    connect(m_rejectedBox, &QComboBox::activated, this, &SaveAnswerDialog::rejectedChosen);
    resize(720, 560);
}

void SaveAnswerDialog::setAnswer(const Choice &answer)
{
    m_preference = false;
    m_choices = {answer};
    setWindowTitle(tr("Save as Example"));
    m_intro->setText(tr("The conversation and this answer become a new training example, so "
                        "the model learns to answer like this. Edit the answer first if it "
                        "should be better."));
    m_answerLabel->setText(tr("The answer the model should learn (%1):").arg(answer.title));
    m_preferredBox->hide();
    m_rejectedPane->hide();
    m_answer->setPlainText(answer.text);
    m_saveButton->setText(tr("Save Example"));
    fillDatasets();
    showPrompt();
    updateState();
}

void SaveAnswerDialog::setPair(const QList<Choice> &answers, int preferred, int rejected)
{
    m_preference = true;
    m_choices = answers;
    setWindowTitle(tr("Save as Preference"));
    m_intro->setText(tr("A preference example shows the model a better and a worse answer to "
                        "the same conversation, so it learns which one to prefer (DPO "
                        "fine-tuning). You can edit both answers."));
    m_answerLabel->setText(tr("Preferred answer (the model should learn to give it):"));
    for (QComboBox *box : {m_preferredBox, m_rejectedBox}) {
        box->clear();
        for (const Choice &choice : answers)
            box->addItem(choice.title);
        box->setVisible(answers.size() > 1);
    }
    m_rejectedPane->show();
    m_preferredBox->setCurrentIndex(preferred);
    m_rejectedBox->setCurrentIndex(rejected);
    m_answer->setPlainText(answers.value(preferred).text);
    m_rejected->setPlainText(answers.value(rejected).text);
    m_saveButton->setText(tr("Save Preference"));
    fillDatasets();
    showPrompt();
    updateState();
}

void SaveAnswerDialog::fillDatasets()
{
    const QString kind = m_preference ? QStringLiteral("preference") : QStringLiteral("chat");
    m_dataset->clear();
    for (const DatasetInfo &info : m_store->datasets()) {
        if (info.kind == kind)
            m_dataset->addItem(info.name, info.id);
    }
    m_dataset->addItem(tr("A new dataset"), qint64(0));
    m_newName->setText(m_store->uniqueDatasetName(
        m_preference ? tr("Preferences from the Playground") : tr("Answers from the Playground")));
}

void SaveAnswerDialog::preferredChosen()
{
    m_answer->setPlainText(m_choices.value(m_preferredBox->currentIndex()).text);
    showPrompt();
}

void SaveAnswerDialog::rejectedChosen()
{
    m_rejected->setPlainText(m_choices.value(m_rejectedBox->currentIndex()).text);
}

void SaveAnswerDialog::showPrompt()
{
    // A preference pair follows the preferred answer's conversation.
    const int index = m_preference ? m_preferredBox->currentIndex() : 0;
    QStringList lines;
    for (const QJsonValue &value : m_choices.value(index).prompt) {
        const QJsonObject message = value.toObject();
        lines.append(
            tr("%1: %2").arg(roleTitle(message.value(QLatin1String("role")).toString()),
                             ExampleJson::contentText(message.value(QLatin1String("content")))));
    }
    m_prompt->setPlainText(lines.join(QStringLiteral("\n\n")));
    scrollPromptToEnd();
}

QJsonObject SaveAnswerDialog::example() const
{
    if (!m_preference)
        return PlaygroundExample::chatExample(m_choices.value(0).prompt, m_answer->toPlainText());
    return PlaygroundExample::preferenceExample(
        m_choices.value(m_preferredBox->currentIndex()).prompt, m_answer->toPlainText(),
        m_rejected->toPlainText());
}

qint64 SaveAnswerDialog::targetDatasetId() const
{
    return m_dataset->currentData().toLongLong();
}

QString SaveAnswerDialog::split() const
{
    return m_split->currentData().toString();
}

QString SaveAnswerDialog::problem() const
{
    if (targetDatasetId() == 0 && m_newName->text().trimmed().isEmpty())
        return tr("Give the new dataset a name.");
    return PlaygroundExample::problem(example());
}

void SaveAnswerDialog::updateState()
{
    const bool creating = targetDatasetId() == 0;
    m_newName->setVisible(creating);
    m_newNameLabel->setVisible(creating);
    const QString text = m_error.isEmpty() ? problem() : m_error;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_saveButton->setEnabled(problem().isEmpty());
    m_error.clear();
}

QString SaveAnswerDialog::note() const
{
    if (!m_preference)
        return tr("Saved from the Playground: an answer of %1.").arg(m_choices.value(0).model);
    return tr("Saved from the Playground: %1 preferred over %2.")
        .arg(m_choices.value(m_preferredBox->currentIndex()).model,
             m_choices.value(m_rejectedBox->currentIndex()).model);
}

qint64 SaveAnswerDialog::ensureDataset()
{
    if (targetDatasetId() != 0)
        return targetDatasetId();
    const QString kind = m_preference ? QStringLiteral("preference") : QStringLiteral("chat");
    const qint64 id =
        m_store->createDataset(m_store->uniqueDatasetName(m_newName->text().trimmed()), kind);
    if (id != 0) {
        // The dialog may stay open after a failed save: offer the new dataset from now on.
        fillDatasets();
        m_dataset->setCurrentIndex(m_dataset->findData(id));
    }
    return id;
}

qint64 SaveAnswerDialog::save()
{
    m_error = problem();
    if (m_error.isEmpty()) {
        ExampleRecord record;
        record.datasetId = ensureDataset();
        record.json = example();
        record.split = split();
        record.note = note();
        m_savedId =
            record.datasetId == 0 ? 0 : SaveAnswerCommand::push(m_undoStack, m_store, record);
        if (m_savedId == 0)
            m_error = tr("The example could not be saved. %1").arg(m_store->lastError());
        else
            m_savedDataset = record.datasetId;
    }
    if (!m_error.isEmpty()) {
        const QString error = m_error;
        updateState();
        m_error = error;
        return 0;
    }
    Q_EMIT saved(m_savedDataset, m_savedId);
    return m_savedId;
}

void SaveAnswerDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    scrollPromptToEnd(); // laid out only now
}

void SaveAnswerDialog::scrollPromptToEnd()
{
    // The end of the conversation, the question being answered, matters most.
    m_prompt->moveCursor(QTextCursor::End);
    m_prompt->verticalScrollBar()->setValue(m_prompt->verticalScrollBar()->maximum());
}
