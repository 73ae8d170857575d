#include "hyperparameterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace {
// Spin boxes need some bound; these are far beyond any provider's range.
constexpr int LargestInteger = 1000000;
constexpr double LargestNumber = 1e6;

QString tooltipFor(const HyperparameterSpec &spec)
{
    QString tip = spec.explanation;
    if (!spec.technicalName.isEmpty())
        tip += QLatin1Char('\n') + HyperparameterForm::tr("Field name: %1").arg(spec.technicalName);
    if (spec.isAutomatic() && !spec.automaticText.isEmpty())
        tip += QLatin1Char('\n') + HyperparameterForm::tr("Automatic: %1").arg(spec.automaticText);
    return tip;
}

// A starting value for a setting that was automatic until the user unticked "Automatic".
double suggestedNumber(const HyperparameterSpec &spec)
{
    if (!spec.defaultValue.isNull())
        return spec.defaultValue.toDouble();
    if (spec.kind == HyperparameterSpec::Kind::Integer)
        return spec.minimum.isNull() ? 1 : std::max(1.0, spec.minimum.toDouble());
    // A multiplier or a strength: 1 (or the maximum when that is smaller) is a neutral start.
    const double top = spec.maximum.isNull() ? 1.0 : spec.maximum.toDouble();
    return std::min(1.0, top);
}
} // namespace

HyperparameterForm::HyperparameterForm(QWidget *parent) : QWidget(parent)
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void HyperparameterForm::clearRows()
{
    // A fresh grid each time: a QGridLayout never gives its rows back.
    delete m_body;
    m_rows.clear();
    m_body = new QWidget;
    m_grid = new QGridLayout(m_body);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    layout()->addWidget(m_body);
}

void HyperparameterForm::setSpecs(const QList<HyperparameterSpec> &specs, FineTuneMethod method,
                                  const Hyperparameters &keep)
{
    clearRows();
    m_specs = specs;
    m_method = method;
    for (const HyperparameterSpec &spec : specs)
        addRow(spec);
    for (Row &row : m_rows) {
        const QVariant kept = keep.values.value(row.spec.key);
        if (!kept.isNull() && row.spec.problemWith(kept).isEmpty())
            setValue(row, kept);
    }
    updateRows();
}

void HyperparameterForm::setMethod(FineTuneMethod method)
{
    m_method = method;
    updateRows();
}

void HyperparameterForm::addRow(const HyperparameterSpec &spec)
{
    Row row;
    row.spec = spec;
    row.label = new QLabel(spec.label);
    row.label->setToolTip(tooltipFor(spec));
    row.editor = createEditor(spec, &row.automatic);
    row.editor->setToolTip(tooltipFor(spec));
    row.editor->setAccessibleName(spec.label);
    row.editor->setObjectName(QStringLiteral("setting_") + spec.key);
    row.label->setBuddy(row.editor);
    QString explanation = spec.explanation;
    if (spec.isAutomatic() && !spec.automaticText.isEmpty())
        explanation += QLatin1Char(' ') + tr("Automatic: %1").arg(spec.automaticText);
    row.explanation = new QLabel(explanation);
    row.explanation->setWordWrap(true);
    row.explanation->setTextFormat(Qt::PlainText);
    QFont small = row.explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    row.explanation->setFont(small);
    row.explanation->setForegroundRole(QPalette::PlaceholderText);

    const int line = m_grid->rowCount();
    m_grid->addWidget(row.label, line, 0);
    m_grid->addWidget(row.editor, line, 1);
    if (row.automatic)
        m_grid->addWidget(row.automatic, line, 2);
    m_grid->addWidget(row.explanation, line + 1, 0, 1, 3);
    m_grid->setRowMinimumHeight(line + 2, 6);
    m_rows.append(row);
}

QWidget *HyperparameterForm::createEditor(const HyperparameterSpec &spec, QCheckBox **automatic)
{
    using Kind = HyperparameterSpec::Kind;
    const auto notify = [this] {
        updateRows();
        Q_EMIT changed();
    };
    if (spec.kind == Kind::Boolean || spec.kind == Kind::Choice) {
        auto combo = new QComboBox;
        if (spec.isAutomatic())
            combo->addItem(tr("Automatic"), QVariant());
        if (spec.kind == Kind::Boolean) {
            combo->addItem(tr("On"), true);
            combo->addItem(tr("Off"), false);
        } else {
            for (const HyperparameterSpec::Choice &choice : spec.choices) {
                combo->addItem(choice.label, choice.value);
                combo->setItemData(combo->count() - 1, choice.explanation, Qt::ToolTipRole);
            }
        }
        const int initial = spec.isAutomatic() ? 0 : combo->findData(spec.defaultValue);
        combo->setCurrentIndex(std::max(0, initial));
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
        return combo;
    }
    QAbstractSpinBox *spin = nullptr;
    if (spec.kind == Kind::Integer) {
        auto box = new QSpinBox;
        box->setRange(spec.minimum.isNull() ? 0 : spec.minimum.toInt(),
                      spec.maximum.isNull() ? LargestInteger : spec.maximum.toInt());
        box->setValue(int(suggestedNumber(spec)));
        box->setGroupSeparatorShown(true);
        connect(box, &QSpinBox::valueChanged, this, notify);
        spin = box;
    } else {
        auto box = new QDoubleSpinBox;
        const int decimals = spec.logarithmic ? 7 : 3;
        box->setDecimals(decimals);
        double low = spec.minimum.isNull() ? 0.0 : spec.minimum.toDouble();
        if (spec.minimumExclusive)
            low += std::pow(10.0, -decimals);
        box->setRange(low, spec.maximum.isNull() ? LargestNumber : spec.maximum.toDouble());
        const double start = suggestedNumber(spec);
        box->setValue(start);
        box->setSingleStep(spec.logarithmic ? std::max(start / 10, std::pow(10.0, -decimals))
                                            : 0.1);
        connect(box, &QDoubleSpinBox::valueChanged, this, notify);
        spin = box;
    }
    spin->setAlignment(Qt::AlignRight);
    if (spec.isAutomatic()) {
        *automatic = new QCheckBox(tr("Automatic"));
        (*automatic)->setChecked(true);
        (*automatic)->setToolTip(spec.automaticText);
        (*automatic)->setObjectName(QStringLiteral("automatic_") + spec.key);
        spin->setEnabled(false);
        connect(*automatic, &QCheckBox::toggled, spin, [spin, notify](bool on) {
            spin->setEnabled(!on);
            notify();
        });
    }
    return spin;
}

QVariant HyperparameterForm::valueOf(const Row &row) const
{
    using Kind = HyperparameterSpec::Kind;
    if (row.automatic && row.automatic->isChecked())
        return {};
    if (auto combo = qobject_cast<QComboBox *>(row.editor)) {
        const QVariant data = combo->currentData();
        if (data.isNull())
            return {};
        return row.spec.kind == Kind::Boolean ? QVariant(data.toBool()) : QVariant(data.toString());
    }
    if (auto box = qobject_cast<QSpinBox *>(row.editor))
        return box->value();
    if (auto box = qobject_cast<QDoubleSpinBox *>(row.editor))
        return box->value();
    return {};
}

void HyperparameterForm::setValue(Row &row, const QVariant &value)
{
    if (auto combo = qobject_cast<QComboBox *>(row.editor)) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        return;
    }
    if (row.automatic)
        row.automatic->setChecked(false);
    if (auto box = qobject_cast<QSpinBox *>(row.editor))
        box->setValue(value.toInt());
    else if (auto box = qobject_cast<QDoubleSpinBox *>(row.editor))
        box->setValue(value.toDouble());
}

Hyperparameters HyperparameterForm::values() const
{
    Hyperparameters result;
    for (const Row &row : m_rows) {
        if (!row.spec.appliesTo(m_method))
            continue;
        const QVariant value = valueOf(row);
        // The provider's own default need not be sent: absent means the same.
        if (value.isNull() || (!row.spec.isAutomatic() && value == row.spec.defaultValue))
            continue;
        result.values.insert(row.spec.key, value);
    }
    // Settings that only apply with another one's value go when that value is not chosen.
    for (const Row &row : m_rows) {
        if (!row.spec.isActive(result, m_specs))
            result.values.remove(row.spec.key);
    }
    return result;
}

QString HyperparameterForm::problem(const QString &providerName) const
{
    return HyperparameterSpec::validate(m_specs, values(), m_method, providerName);
}

void HyperparameterForm::resetToAutomatic()
{
    setSpecs(m_specs, m_method);
    Q_EMIT changed();
}

void HyperparameterForm::updateRows()
{
    const Hyperparameters chosen = values();
    for (const Row &row : std::as_const(m_rows)) {
        const bool shown = row.spec.appliesTo(m_method) && row.spec.isActive(chosen, m_specs);
        for (QWidget *widget :
             {static_cast<QWidget *>(row.label), row.editor, static_cast<QWidget *>(row.automatic),
              static_cast<QWidget *>(row.explanation)}) {
            if (widget)
                widget->setVisible(shown);
        }
    }
}

const HyperparameterForm::Row *HyperparameterForm::row(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.spec.key == key)
            return &row;
    }
    return nullptr;
}

QWidget *HyperparameterForm::editor(const QString &key) const
{
    const Row *found = row(key);
    return found ? found->editor : nullptr;
}

QCheckBox *HyperparameterForm::automaticBox(const QString &key) const
{
    const Row *found = row(key);
    return found ? found->automatic : nullptr;
}
