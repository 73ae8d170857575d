#include "emptystate.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(const QIcon &icon, const QString &title, const QString &text,
                       QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(text))
    , m_buttons(new QWidget)
{
    auto image = new QLabel;
    image->setPixmap(icon.pixmap(64, 64));
    image->setAlignment(Qt::AlignCenter);

    auto heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);

    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed width (not an alignment flag on the layout item) keeps QLabel's
    // height-for-width working, so wrapped text is never clipped.
    m_text->setFixedWidth(520);
    m_text->setTextFormat(Qt::PlainText);

    auto buttonRow = new QHBoxLayout(m_buttons);
    buttonRow->setContentsMargins(0, 8, 0, 0);
    buttonRow->addStretch();

    auto layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(image);
    layout->addWidget(heading);
    auto textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addWidget(m_buttons);
    layout->addStretch(3);
}

QPushButton *EmptyState::addAction(const QString &label)
{
    auto row = static_cast<QHBoxLayout *>(m_buttons->layout());
    const bool primary = row->count() == 1;
    auto button = new QPushButton(label);
    button->setDefault(primary);
    button->setAutoDefault(primary);
    if (primary)
        button->setObjectName(QStringLiteral("primaryButton"));
    if (primary) {
        row->addWidget(button);
        row->addStretch();
    } else {
        row->insertWidget(row->count() - 1, button);
    }
    return button;
}

void EmptyState::setText(const QString &text)
{
    m_text->setText(text);
}
