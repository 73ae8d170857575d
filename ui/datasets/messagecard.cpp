#include "messagecard.h"

#include "core/workspace/commands/examplemessages.h"
#include "growingtextedit.h"
#include "toolcallview.h"

#include "ui/common/untrustedtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QStringList Roles = {QStringLiteral("system"), QStringLiteral("developer"),
                           QStringLiteral("user"), QStringLiteral("assistant"),
                           QStringLiteral("tool")};
}

MessageCard::MessageCard(QWidget *parent)
    : QFrame(parent)
    , m_role(new QComboBox)
    , m_answers(new QLabel)
    , m_learn(new QCheckBox(tr("Learn from this answer")))
    , m_up(toolButton(QStyle::SP_ArrowUp, tr("Move this message up")))
    , m_down(toolButton(QStyle::SP_ArrowDown, tr("Move this message down")))
    , m_remove(toolButton(QStyle::SP_TrashIcon, tr("Delete this message")))
    , m_text(new GrowingTextEdit)
    , m_toolCalls(new ToolCallView)
{
    setObjectName(QStringLiteral("messageCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    for (const QString &role : Roles)
        m_role->addItem(roleLabel(role), role);
    m_role->setToolTip(tr("Who says this message (role)"));
    // As wide as the longest role, so every role reads whole in any language.
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_learn->setToolTip(tr("When unticked, the model sees this answer but does not learn to "
                           "write it (weight 0)."));
    m_answers->setTextFormat(Qt::PlainText);
    // On its own line under the role: function names are long, the header has no room.
    m_answers->setWordWrap(true);
    m_answers->setForegroundRole(QPalette::PlaceholderText);
    m_answers->hide();
    m_text->setPlaceholderText(tr("Type the message…"));
    m_text->setAccessibleName(tr("Message text"));

    auto header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_role);
    header->addStretch(1);
    header->addWidget(m_up);
    header->addWidget(m_down);
    header->addWidget(m_remove);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_answers);
    layout->addWidget(m_text);
    layout->addWidget(m_toolCalls);
    layout->addWidget(m_learn);

    connect(m_text, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT textEdited(m_text->toPlainText()); });
    connect(m_role, &QComboBox::activated, this, [this](int index) {
        const QString role = m_role->itemData(index).toString();
        updateForRole(role);
        Q_EMIT roleChosen(role);
    });
    connect(m_learn, &QCheckBox::clicked, this, &MessageCard::learnToggled);
    connect(m_remove, &QToolButton::clicked, this, &MessageCard::removeRequested);
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
}

QToolButton *MessageCard::toolButton(QStyle::StandardPixmap pixmap, const QString &tip)
{
    auto button = new QToolButton;
    button->setIcon(style()->standardIcon(pixmap));
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

QString MessageCard::roleLabel(const QString &role)
{
    if (role == QLatin1String("system"))
        return tr("Instructions (system)");
    if (role == QLatin1String("developer"))
        return tr("Instructions (developer)");
    if (role == QLatin1String("user"))
        return tr("User");
    if (role == QLatin1String("assistant"))
        return tr("Assistant");
    if (role == QLatin1String("tool"))
        return tr("Function result (tool)");
    return role;
}

void MessageCard::setMessage(const QJsonObject &message, const QString &toolName)
{
    const QSignalBlocker blockRole(m_role);
    const QSignalBlocker blockLearn(m_learn);
    const QString role = message.value(ExampleMessages::roleKey()).toString();
    int index = m_role->findData(role);
    if (index < 0) {
        m_role->addItem(UntrustedText::shown(roleLabel(role)), role);
        index = m_role->count() - 1;
    }
    m_role->setCurrentIndex(index);
    m_learn->setChecked(message.value(ExampleMessages::weightKey()).toInt(1) != 0);
    m_text->setTextKeepingCursor(ExampleMessages::text(message));
    m_toolCalls->setToolCalls(message.value(QStringLiteral("tool_calls")).toArray());
    const QString callId = message.value(QStringLiteral("tool_call_id")).toString();
    m_answers->setText(role == QLatin1String("tool") && !toolName.isEmpty()
                           ? tr("answer from %1").arg(UntrustedText::shown(toolName))
                           : QString());
    m_answers->setVisible(!m_answers->text().isEmpty());
    m_answers->setToolTip(callId.isEmpty()
                              ? QString()
                              : UntrustedText::toolTip(m_answers->text() + QLatin1Char('\n')
                                                       + tr("tool_call_id: %1").arg(callId)));
    updateForRole(role);
}

void MessageCard::updateForRole(const QString &role)
{
    const bool assistant = role == QLatin1String("assistant");
    m_learn->setVisible(assistant && !m_fixedRole);
    const bool hasCalls = m_toolCalls->isVisibleTo(this);
    // A call without words needs no empty box; it gets one back as soon as it has text.
    m_text->setVisible(!(hasCalls && m_text->toPlainText().isEmpty()));
    QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    QColor tint = base;
    if (role == QLatin1String("user"))
        tint = QColor::fromHsl(210, 60, base.lightness() > 128 ? 245 : 40);
    else if (role == QLatin1String("system") || role == QLatin1String("developer"))
        tint = QColor::fromHsl(45, 60, base.lightness() > 128 ? 242 : 40);
    palette.setColor(QPalette::Window, tint);
    setPalette(palette);
}

void MessageCard::setMovable(bool up, bool down)
{
    m_up->setEnabled(up);
    m_down->setEnabled(down);
}

void MessageCard::setFixedRole(bool fixed)
{
    m_fixedRole = fixed;
    // The column title says whose answer it is; the card needs no role of its own.
    m_role->setVisible(!fixed);
    m_learn->setVisible(false);
    m_up->setVisible(!fixed);
    m_down->setVisible(!fixed);
    m_remove->setVisible(!fixed);
}

QString MessageCard::text() const
{
    return m_text->toPlainText();
}
