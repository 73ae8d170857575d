#include "conversationeditor.h"

#include "growingtextedit.h"
#include "messagecard.h"

#include <QPushButton>
#include <QVBoxLayout>

ConversationEditor::ConversationEditor(List list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_cardLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add a message")))
{
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    m_add->setToolTip(tr("Adds a message at the end: an answer after a question, a question "
                         "after an answer."));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_cardLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString lastRole = m_messages.isEmpty()
                                     ? QString()
                                     : m_messages.last().toObject().value(ExampleMessages::roleKey()).toString();
        const QString role = lastRole == QLatin1String("user") ? QStringLiteral("assistant")
                                                               : QStringLiteral("user");
        Q_EMIT addRequested(m_list, int(m_messages.size()),
                            QJsonObject{{ExampleMessages::roleKey(), role},
                                        {ExampleMessages::contentKey(), QString()}});
    });
}

bool ConversationEditor::sameShape(const QJsonArray &messages) const
{
    if (messages.size() != m_messages.size())
        return false;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject a = messages.at(i).toObject();
        const QJsonObject b = m_messages.at(i).toObject();
        if (a.value(ExampleMessages::roleKey()) != b.value(ExampleMessages::roleKey())
            || a.value(QStringLiteral("tool_calls")) != b.value(QStringLiteral("tool_calls")))
            return false;
    }
    return true;
}

void ConversationEditor::setMessages(const QJsonArray &messages)
{
    if (!sameShape(messages)) {
        rebuild(messages);
        return;
    }
    m_messages = messages;
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setMessage(messages.at(i).toObject(), toolNameFor(messages, i));
}

void ConversationEditor::rebuild(const QJsonArray &messages)
{
    m_messages = messages;
    // Later, not now: the card may be the one whose button started this change.
    for (MessageCard *card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    for (int i = 0; i < messages.size(); ++i) {
        MessageCard *card = createCard(i);
        card->setMessage(messages.at(i).toObject(), toolNameFor(messages, i));
        card->setMovable(i > 0, i + 1 < messages.size());
        m_cardLayout->addWidget(card);
        m_cards.append(card);
    }
}

MessageCard *ConversationEditor::createCard(int index)
{
    auto card = new MessageCard;
    connect(card, &MessageCard::textEdited, this,
            [this, index](const QString &text) { Q_EMIT textEdited(m_list, index, text); });
    connect(card, &MessageCard::roleChosen, this,
            [this, index](const QString &role) { Q_EMIT roleChosen(m_list, index, role); });
    connect(card, &MessageCard::learnToggled, this,
            [this, index](bool learn) { Q_EMIT learnToggled(m_list, index, learn); });
    connect(card, &MessageCard::removeRequested, this,
            [this, index] { Q_EMIT removeRequested(m_list, index); });
    connect(card, &MessageCard::moveRequested, this,
            [this, index](int delta) { Q_EMIT moveRequested(m_list, index, index + delta); });
    connect(card->editor(), &GrowingTextEdit::focusLost, this, &ConversationEditor::typingFinished);
    return card;
}

QString ConversationEditor::toolNameFor(const QJsonArray &messages, int index) const
{
    const QString callId =
        messages.at(index).toObject().value(QStringLiteral("tool_call_id")).toString();
    if (callId.isEmpty())
        return {};
    for (int i = index - 1; i >= 0; --i) {
        const QJsonArray calls = messages.at(i).toObject().value(QStringLiteral("tool_calls")).toArray();
        for (const QJsonValue &call : calls) {
            const QJsonObject object = call.toObject();
            if (object.value(QStringLiteral("id")).toString() == callId)
                return object.value(QStringLiteral("function")).toObject().value(QStringLiteral("name")).toString();
        }
    }
    return {};
}
