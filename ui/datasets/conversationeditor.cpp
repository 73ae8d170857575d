#include "conversationeditor.h"

#include "growingtextedit.h"
#include "messagecard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ConversationEditor::ConversationEditor(List list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_cardLayout(new QVBoxLayout)
    , m_pager(new QWidget)
    , m_range(new QLabel)
    , m_earlier(new QPushButton(tr("Earlier messages")))
    , m_later(new QPushButton(tr("Later messages")))
    , m_add(new QPushButton(tr("Add a message")))
{
    m_cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardLayout->setSpacing(8);
    m_range->setWordWrap(true);
    m_earlier->setToolTip(tr("Shows the %L1 messages before these").arg(WindowSize));
    m_later->setToolTip(tr("Shows the %L1 messages after these").arg(WindowSize));
    auto pager = new QHBoxLayout(m_pager);
    pager->setContentsMargins(0, 0, 0, 0);
    pager->addWidget(m_range, 1);
    pager->addWidget(m_earlier);
    pager->addWidget(m_later);
    m_pager->hide();
    connect(m_earlier, &QPushButton::clicked, this, [this] { moveWindow(m_first - WindowSize); });
    connect(m_later, &QPushButton::clicked, this, [this] { moveWindow(m_first + WindowSize); });
    m_add->setToolTip(tr("Adds a message at the end: an answer after a question, a question "
                         "after an answer."));
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pager);
    layout->addLayout(m_cardLayout);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString lastRole = m_messages.isEmpty()
                                     ? QString()
                                     : m_messages.last().toObject().value(ExampleMessages::roleKey()).toString();
        const QString role = lastRole == QLatin1String("user") ? QStringLiteral("assistant")
                                                               : QStringLiteral("user");
        m_showEndNext = true;
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
    if (m_rebuildNext || m_showEndNext || !sameShape(messages)) {
        if (m_showEndNext)
            m_first = int(messages.size()) - WindowSize;
        m_rebuildNext = false;
        m_showEndNext = false;
        rebuild(messages);
        return;
    }
    m_messages = messages;
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setMessage(messages.at(m_first + i).toObject(), toolNameFor(messages, m_first + i));
}

void ConversationEditor::showFromStart()
{
    m_first = 0;
    m_rebuildNext = true;
}

void ConversationEditor::showMessage(int index)
{
    if (index < m_first || index >= m_first + m_cards.size())
        moveWindow(index);
}

MessageCard *ConversationEditor::card(int index) const
{
    return index >= m_first ? m_cards.value(index - m_first) : nullptr;
}

void ConversationEditor::moveWindow(int first)
{
    m_first = first;
    rebuild(m_messages);
}

void ConversationEditor::updatePager()
{
    const int total = int(m_messages.size());
    m_pager->setVisible(total > WindowSize);
    if (total <= WindowSize)
        return;
    m_range->setText(tr("Messages %L1 to %L2 of %L3")
                         .arg(m_first + 1)
                         .arg(m_first + m_cards.size())
                         .arg(total));
    m_earlier->setEnabled(m_first > 0);
    m_later->setEnabled(m_first + m_cards.size() < total);
}

void ConversationEditor::rebuild(const QJsonArray &messages)
{
    m_messages = messages;
    m_first = std::clamp(m_first, 0, std::max(0, int(messages.size()) - WindowSize));
    // Later, not now: the card may be the one whose button started this change.
    for (MessageCard *card : std::as_const(m_cards)) {
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    const int end = std::min(int(messages.size()), m_first + WindowSize);
    for (int i = m_first; i < end; ++i) {
        MessageCard *card = createCard(i);
        card->setMessage(messages.at(i).toObject(), toolNameFor(messages, i));
        card->setMovable(i > 0, i + 1 < messages.size());
        m_cardLayout->addWidget(card);
        m_cards.append(card);
    }
    updatePager();
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
