#include "playgroundsettingspanel.h"

#include "api/playground/playgroundsettings.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace {

// A spin box whose lowest value means "leave it to the provider".
QDoubleSpinBox *automaticDouble(double maximum, double step)
{
    auto box = new QDoubleSpinBox;
    box->setDecimals(2);
    box->setRange(-step, maximum);
    box->setSingleStep(step);
    box->setValue(-step);
    return box;
}

} // namespace

PlaygroundSettingsPanel::PlaygroundSettingsPanel(QWidget *parent)
    : QWidget(parent), m_temperature(automaticDouble(2.0, 0.1)), m_maxTokens(new QSpinBox),
      m_topP(automaticDouble(1.0, 0.05)), m_stop(new QLineEdit), m_seed(new QSpinBox)
{
    m_temperature->setSpecialValueText(tr("Automatic"));
    m_topP->setSpecialValueText(tr("Automatic"));
    m_maxTokens->setRange(0, 128000);
    m_maxTokens->setSingleStep(100);
    m_maxTokens->setSpecialValueText(tr("Automatic"));
    m_seed->setRange(-1, std::numeric_limits<int>::max());
    m_seed->setSpecialValueText(tr("None"));
    m_seed->setValue(-1);
    m_stop->setPlaceholderText(tr("For example: END, ###"));
    m_stop->setMinimumWidth(m_stop->fontMetrics().horizontalAdvance(m_stop->placeholderText()) +
                            40);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_maxTokens->setObjectName(QStringLiteral("maxAnswerTokens"));
    m_topP->setObjectName(QStringLiteral("topP"));
    m_stop->setObjectName(QStringLiteral("stopSequences"));
    m_seed->setObjectName(QStringLiteral("seed"));

    auto form = new QGridLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    form->setColumnStretch(2, 1);
    addRow(form, tr("Variety:"), m_temperature,
           tr("Low gives the same careful answer each time; high gives more varied, "
              "surprising answers."),
           QStringLiteral("temperature"));
    addRow(form, tr("Longest answer:"), m_maxTokens,
           tr("The answer stops after this many tokens (a token is about three quarters of a "
              "word)."),
           QStringLiteral("max_completion_tokens"));
    addRow(form, tr("Word choice:"), m_topP,
           tr("Another way to limit variety: the model only picks among its likeliest words. "
              "Change this or Variety, not both."),
           QStringLiteral("top_p"));
    addRow(form, tr("Stop at:"), m_stop,
           tr("The answer ends where the model would write one of these. Up to four, "
              "separated by commas."),
           QStringLiteral("stop"));
    addRow(form, tr("Seed:"), m_seed,
           tr("The same number with the same settings asks the model to repeat its answer; "
              "providers try but do not promise it."),
           QStringLiteral("seed"));

    const auto notify = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, notify);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, notify);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, notify);
    connect(m_seed, &QSpinBox::valueChanged, this, notify);
    connect(m_stop, &QLineEdit::editingFinished, this, notify);
}

void PlaygroundSettingsPanel::addRow(QGridLayout *grid, const QString &label, QWidget *field,
                                     const QString &explanation, const QString &apiName)
{
    // One line per setting: its name, the field, and what it does in plain words beside it
    // (the room is wide, the page's height is not).
    const int row = grid->rowCount();
    auto name = new QLabel(label);
    name->setBuddy(field);
    field->setToolTip(apiName);
    field->setAccessibleName(label);
    field->setMinimumWidth(qMax(
        field->minimumWidth(), fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40));
    auto note = new QLabel(explanation);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(name, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(note, row, 2);
}

QJsonObject PlaygroundSettingsPanel::settings() const
{
    PlaygroundSettings settings;
    if (m_temperature->value() >= 0)
        settings.temperature = m_temperature->value();
    if (m_topP->value() >= 0)
        settings.topP = m_topP->value();
    if (m_maxTokens->value() > 0)
        settings.maxAnswerTokens = m_maxTokens->value();
    for (const QString &part : m_stop->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty() && settings.stop.size() < 4)
            settings.stop.append(part.trimmed());
    }
    if (m_seed->value() >= 0)
        settings.seed = m_seed->value();
    return settings.toJson();
}

void PlaygroundSettingsPanel::setSettings(const QJsonObject &json)
{
    const PlaygroundSettings settings = PlaygroundSettings::fromJson(json);
    m_loading = true;
    m_temperature->setValue(settings.temperature.value_or(m_temperature->minimum()));
    m_topP->setValue(settings.topP.value_or(m_topP->minimum()));
    m_maxTokens->setValue(settings.maxAnswerTokens.value_or(0));
    m_stop->setText(settings.stop.join(QStringLiteral(", ")));
    m_seed->setValue(int(settings.seed.value_or(-1)));
    m_loading = false;
}
