#include "layoutinspector.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>

namespace {

using Finding = LayoutInspector::Finding;

// Rows of a view the inspector reads: enough for what a screen shows.
constexpr int MaxRows = 60;

QString shortened(const QString &text)
{
    QString simple = text.simplified();
    if (simple.size() > 50)
        simple = simple.left(48) + QChar(0x2026);
    return simple;
}

QString withoutMnemonic(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += text.at(++i);
            continue;
        }
        out += text.at(i);
    }
    return out;
}

QString visibleText(const QWidget *widget)
{
    if (auto label = qobject_cast<const QLabel *>(widget)) {
        return Qt::mightBeRichText(label->text())
                   ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                   : label->text();
    }
    if (auto button = qobject_cast<const QAbstractButton *>(widget))
        return withoutMnemonic(button->text());
    if (auto combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (auto edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text().isEmpty() ? edit->placeholderText() : edit->text();
    return {};
}

bool layoutContains(const QLayout *layout, const QWidget *widget)
{
    if (!layout)
        return false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || layoutContains(item->layout(), widget))
            return true;
    }
    return false;
}

// Placed by a layout (or a splitter), as opposed to internals a widget positions itself
// (scroll bars, viewports, tab widget parts) and intentional overlays.
bool isLaidOut(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return parent &&
           (layoutContains(parent->layout(), widget) || qobject_cast<const QSplitter *>(parent));
}

QString px(int value)
{
    return QStringLiteral("%1 px").arg(value);
}

class Inspector
{
public:
    explicit Inspector(QList<Finding> *findings) : m_findings(findings) {}

    void visit(QWidget *widget)
    {
        checkWidget(widget);
        QList<QWidget *> children;
        for (QObject *object : widget->children()) {
            auto child = qobject_cast<QWidget *>(object);
            if (child && !child->isWindow() && child->isVisible())
                children.append(child);
        }
        checkChildren(widget, children);
        for (QWidget *child : std::as_const(children))
            visit(child);
    }

    void checkWindow(QWidget *window, const QSize &available)
    {
        const QSize size = window->frameGeometry().size();
        if (available.isValid() &&
            (size.width() > available.width() || size.height() > available.height()))
            report(window, QStringLiteral("is %1×%2 px, larger than the %3×%4 px the screen "
                                          "leaves for a window")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(available.width())
                               .arg(available.height()));
    }

private:
    void report(const QWidget *widget, const QString &problem)
    {
        m_findings->append({LayoutInspector::describe(widget), problem});
    }

    void checkWidget(QWidget *widget)
    {
        if (auto label = qobject_cast<QLabel *>(widget))
            checkLabel(label);
        else if (auto push = qobject_cast<QPushButton *>(widget))
            checkPushButton(push);
        else if (auto tool = qobject_cast<QToolButton *>(widget))
            checkToolButton(tool);
        else if (qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget))
            checkIndicatorButton(static_cast<QAbstractButton *>(widget));
        else if (auto combo = qobject_cast<QComboBox *>(widget))
            checkCombo(combo);
        else if (auto tabs = qobject_cast<QTabBar *>(widget))
            checkTabBar(tabs);
        else if (auto header = qobject_cast<QHeaderView *>(widget))
            checkHeader(header);
        else if (auto edit = qobject_cast<QLineEdit *>(widget))
            checkLineEdit(edit);
        else if (auto chart = qobject_cast<QChartView *>(widget))
            checkChart(chart);
        else if (auto bar = qobject_cast<QToolBar *>(widget))
            checkExtension(bar, QStringLiteral("qt_toolbar_ext_button"));
        else if (auto menus = qobject_cast<QMenuBar *>(widget))
            checkExtension(menus, QStringLiteral("qt_menubar_ext_button"));
        if (auto area = qobject_cast<QScrollArea *>(widget))
            checkSidewaysScrolling(area);
        if (auto view = qobject_cast<QAbstractItemView *>(widget)) {
            checkSidewaysScrolling(view);
            if (auto list = qobject_cast<QListView *>(view))
                checkListItems(list);
            else if (auto table = qobject_cast<QTableView *>(view))
                checkTableCells(table);
        }
    }

    void checkLabel(QLabel *label)
    {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                report(label, QStringLiteral("needs %1 of height for its text at %2 wide, has %3")
                                  .arg(px(needed), px(label->width()), px(label->height())));
            const int word = label->minimumSizeHint().width();
            if (word > label->width())
                report(label, QStringLiteral("has a word %1 wide, is %2 wide")
                                  .arg(px(word), px(label->width())));
            return;
        }
        const QSize needed = label->sizeHint();
        if (needed.width() > label->width())
            report(label, QStringLiteral("shows %1 of the %2 its text needs")
                              .arg(px(label->width()), px(needed.width())));
        if (needed.height() > label->height())
            report(label, QStringLiteral("is %1 high, its text needs %2")
                              .arg(px(label->height()), px(needed.height())));
    }

    void checkPushButton(QPushButton *button)
    {
        if (withoutMnemonic(button->text()).isEmpty())
            return;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (button->menu())
            option.features |= QStyleOptionButton::HasMenu;
        if (button->autoDefault() || button->isDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (button->isFlat())
            option.features |= QStyleOptionButton::Flat;
        const QFontMetrics metrics = button->fontMetrics();
        int content = metrics.size(Qt::TextShowMnemonic, button->text()).width();
        if (!button->icon().isNull())
            content += button->iconSize().width() + 4;
        if (button->menu())
            content +=
                button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
        // The style's padding around the contents, without its minimum width for buttons.
        constexpr int Probe = 1000;
        const int padding = button->style()
                                ->sizeFromContents(QStyle::CT_PushButton, &option,
                                                   QSize(Probe, metrics.height()), button)
                                .width() -
                            Probe;
        const int needed = content + padding;
        if (button->width() < needed)
            report(button, QStringLiteral("shows %1 of the %2 its text needs")
                               .arg(px(button->width()), px(needed)));
    }

    void checkToolButton(QToolButton *button)
    {
        if (button->objectName().startsWith(QLatin1String("qt_")))
            return; // tab bar scroll arrows, tool bar extension: reported where they appear
        if (qobject_cast<QLineEdit *>(button->parentWidget())) {
            // A line edit's action button draws its icon only, never its text.
            if (button->icon().isNull())
                report(button, QStringLiteral("is an empty button: its action has no icon"));
            return;
        }
        const bool showsText =
            !button->text().isEmpty() &&
            (button->toolButtonStyle() != Qt::ToolButtonIconOnly || button->icon().isNull());
        if (!showsText)
            return;
        const QSize needed = button->sizeHint();
        if (button->width() < needed.width())
            report(button, QStringLiteral("shows %1 of the %2 its text needs")
                               .arg(px(button->width()), px(needed.width())));
    }

    void checkIndicatorButton(QAbstractButton *button)
    {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->sizeHint();
        if (button->width() < needed.width())
            report(button, QStringLiteral("shows %1 of the %2 its text needs")
                               .arg(px(button->width()), px(needed.width())));
    }

    void checkCombo(QComboBox *combo)
    {
        if (combo->isEditable() || combo->count() == 0)
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        option.subControls = QStyle::SC_All;
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const QFontMetrics metrics = combo->fontMetrics();
        const auto room = [&](int index) {
            const bool icon = !combo->itemIcon(index).isNull();
            return field.width() - 2 - (icon ? combo->iconSize().width() + 4 : 0);
        };
        const int current = combo->currentIndex();
        const int currentWidth = metrics.horizontalAdvance(combo->itemText(current));
        if (currentWidth > room(current)) {
            report(combo, QStringLiteral("shows %1 of the %2 its text needs")
                              .arg(px(room(current)), px(currentWidth)));
            return;
        }
        for (int i = 0; i < combo->count(); ++i) {
            const int width = metrics.horizontalAdvance(combo->itemText(i));
            if (width > room(i)) {
                report(combo, QStringLiteral("would show %1 of the %2 its item “%3” needs")
                                  .arg(px(room(i)), px(width), shortened(combo->itemText(i))));
                return;
            }
        }
    }

    void checkTabBar(QTabBar *bar)
    {
        const QFontMetrics metrics = bar->fontMetrics();
        const int space = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        const bool vertical =
            bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast ||
            bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            int needed = metrics.size(Qt::TextShowMnemonic, bar->tabText(i)).width() + space;
            if (!bar->tabIcon(i).isNull())
                needed += bar->iconSize().width() + 4;
            for (const auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
                if (QWidget *button = bar->tabButton(i, side); button && button->isVisible())
                    needed += button->width() + 4;
            }
            const QRect rect = bar->tabRect(i);
            const int has = vertical ? rect.height() : rect.width();
            if (has < needed)
                report(bar, QStringLiteral("tab “%1” shows %2 of the %3 its title needs")
                                .arg(withoutMnemonic(bar->tabText(i)), px(has), px(needed)));
        }
        for (QToolButton *arrow : bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (arrow->isVisible()) {
                report(bar, QStringLiteral("does not fit its tabs: it shows scroll arrows"));
                break;
            }
        }
    }

    void checkHeader(QHeaderView *header)
    {
        const QAbstractItemModel *model = header->model();
        if (!model || header->orientation() != Qt::Horizontal)
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (header->isSectionHidden(logical))
                continue;
            const QString title = model->headerData(logical, Qt::Horizontal).toString();
            if (title.isEmpty())
                continue;
            int room = header->sectionSize(logical) - 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logical)
                room -= header->height() / 2 + 2 * margin; // the sort arrow's place
            // A highlighted section (its column selected) has a bold title.
            QFont font = header->font();
            font.setBold(font.bold() || header->highlightSections());
            const int needed = QFontMetrics(font).horizontalAdvance(title);
            if (needed > room)
                report(header, QStringLiteral("column “%1” shows %2 of the %3 its title needs")
                                   .arg(title, px(room), px(needed)));
        }
    }

    void checkLineEdit(QLineEdit *edit)
    {
        const bool placeholder = edit->text().isEmpty() && !edit->placeholderText().isEmpty();
        // Typed text scrolls as the user moves in it; text shown read-only must fit.
        const bool shown =
            edit->isReadOnly() && !edit->text().isEmpty() && edit->echoMode() == QLineEdit::Normal;
        if (!placeholder && !shown)
            return;
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.lineWidth =
            edit->hasFrame()
                ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
                : 0;
        option.midLineWidth = 0;
        option.state |= QStyle::State_Sunken;
        QRect room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        room = room.marginsRemoved(edit->textMargins());
        // Buttons inside the field (clear, actions) take their share of it.
        for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (!button->isVisible())
                continue;
            if (button->geometry().center().x() > edit->width() / 2)
                room.setRight(std::min(room.right(), button->x() - 1));
            else
                room.setLeft(std::max(room.left(), button->geometry().right() + 1));
        }
        constexpr int HorizontalMargin = 2; // QLineEdit's own, on each side
        const int has = room.width() - 2 * HorizontalMargin;
        const QString text = placeholder ? edit->placeholderText() : edit->text();
        const int needed = edit->fontMetrics().horizontalAdvance(text);
        if (needed > has)
            report(edit,
                   QStringLiteral("%1 shows %2 of the %3 it needs")
                       .arg(placeholder ? QStringLiteral("placeholder") : QStringLiteral("text"),
                            px(has), px(needed)));
    }

    void checkChart(QChartView *view)
    {
        // QtCharts truncates a label that has no room to "..." (ChartPresenter::truncatedText).
        const QLatin1String dots("...");
        QStringList cut;
        for (QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (text.contains(dots) || text.contains(QChar(0x2026)))
                cut.append(QStringLiteral("“%1”").arg(text));
        }
        if (!cut.isEmpty())
            report(view, QStringLiteral("draws %1 label(s) cut short: %2")
                             .arg(cut.size())
                             .arg(cut.join(QStringLiteral(", "))));
    }

    void checkExtension(QWidget *bar, const QString &extensionName)
    {
        auto extension = bar->findChild<QWidget *>(extensionName, Qt::FindDirectChildrenOnly);
        if (extension && extension->isVisible())
            report(bar, QStringLiteral("is too narrow: some of its buttons are hidden behind »"));
    }

    // Lists and panes scroll up and down; scrolling sideways to read them is a cut.
    void checkSidewaysScrolling(QAbstractScrollArea *area)
    {
        const QScrollBar *bar = area->horizontalScrollBar();
        if (bar->isVisible() && bar->maximum() > bar->minimum())
            report(area, QStringLiteral("needs a sideways scroll bar: its content is %1 wider "
                                        "than it")
                             .arg(px(bar->maximum() - bar->minimum())));
    }

    // A line of an item that does not fit is fine when cut on purpose with the whole text in
    // the tooltip; wrapped or cut without it, the reader loses the end.
    bool fitsOrExplained(const QModelIndex &index, const QString &line, int needed, int room)
    {
        if (needed <= room)
            return true;
        // A rich-text tooltip (untrusted text is escaped into one) is read as it shows.
        QString tip = index.data(Qt::ToolTipRole).toString();
        if (Qt::mightBeRichText(tip))
            tip = QTextDocumentFragment::fromHtml(tip).toPlainText();
        return tip.contains(line);
    }

    void checkListItems(QListView *list)
    {
        const QAbstractItemModel *model = list->model();
        if (!model || list->viewMode() != QListView::ListMode)
            return;
        const QStyle *style = list->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
        const int icon = list->iconSize().isValid()
                             ? list->iconSize().width()
                             : style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, list);
        const int room = list->viewport()->width() - 2 * list->spacing();
        const int rows = std::min(model->rowCount(list->rootIndex()), MaxRows);
        for (int row = 0; row < rows; ++row) {
            if (list->isRowHidden(row))
                continue;
            const QModelIndex index = model->index(row, list->modelColumn(), list->rootIndex());
            QFont font = list->font();
            if (const QVariant itemFont = index.data(Qt::FontRole); itemFont.isValid())
                font = itemFont.value<QFont>();
            const QFontMetrics metrics(font);
            const bool decorated = index.data(Qt::DecorationRole).isValid();
            const QStringList lines = index.data().toString().split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const int needed = metrics.horizontalAdvance(line) + 2 * margin +
                                   (decorated ? icon + 2 * margin : 0);
                if (!fitsOrExplained(index, line, needed, room)) {
                    report(list, QStringLiteral("item “%1” needs %2, has %3: it wraps or is cut, "
                                                "and no tooltip shows it whole")
                                     .arg(shortened(line), px(needed), px(room)));
                    return;
                }
            }
        }
    }

    void checkTableCells(QTableView *table)
    {
        const QAbstractItemModel *model = table->model();
        if (!model)
            return;
        const int margin =
            table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
        const QFontMetrics metrics = table->fontMetrics();
        const int rows = std::min(model->rowCount(table->rootIndex()), MaxRows);
        for (int column = 0; column < model->columnCount(table->rootIndex()); ++column) {
            if (table->isColumnHidden(column))
                continue;
            const int room = table->columnWidth(column) - 2 * margin;
            for (int row = 0; row < rows; ++row) {
                const QModelIndex index = model->index(row, column, table->rootIndex());
                const QString text = index.data().toString();
                if (text.isEmpty() || index.data(Qt::DecorationRole).isValid())
                    continue;
                const QString line = text.section(QLatin1Char('\n'), 0, 0);
                const int needed = metrics.horizontalAdvance(line);
                if (!fitsOrExplained(index, line, needed, room)) {
                    const QString title = model->headerData(column, Qt::Horizontal).toString();
                    report(table, QStringLiteral("column “%1” cuts “%2”: shows %3 of %4, and no "
                                                 "tooltip shows it whole")
                                      .arg(title, shortened(line), px(room), px(needed)));
                    break;
                }
            }
        }
    }

    void checkChildren(QWidget *parent, const QList<QWidget *> &children)
    {
        QList<QWidget *> placed;
        for (QWidget *child : children) {
            if (!isLaidOut(child))
                continue;
            placed.append(child);
            checkSqueezed(child);
            if (!parent->rect().adjusted(-1, -1, 1, 1).contains(child->geometry()))
                report(child, QStringLiteral("sticks out of %1 (%2,%3 %4×%5 in %6×%7): its edge "
                                             "is cut off")
                                  .arg(LayoutInspector::describe(parent))
                                  .arg(child->x())
                                  .arg(child->y())
                                  .arg(child->width())
                                  .arg(child->height())
                                  .arg(parent->width())
                                  .arg(parent->height()));
        }
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                const QRect overlap = placed.at(i)->geometry() & placed.at(j)->geometry();
                // A pixel or two is frames meeting, not widgets covering each other.
                if (overlap.width() > 2 && overlap.height() > 2)
                    report(placed.at(i), QStringLiteral("overlaps %1 by %2×%3 px")
                                             .arg(LayoutInspector::describe(placed.at(j)))
                                             .arg(overlap.width())
                                             .arg(overlap.height()));
            }
        }
    }

    // Smaller than the layout's own minimum: the window left it less room than it needs.
    void checkSqueezed(QWidget *widget)
    {
        if (qobject_cast<QLabel *>(widget))
            return; // checkLabel measures the text itself
        const QSizePolicy policy = widget->sizePolicy();
        const QSize hint = widget->minimumSizeHint();
        const auto least = [](int explicitMinimum, QSizePolicy::Policy rule, int minimumHint,
                              int hint) {
            if (explicitMinimum > 0)
                return explicitMinimum;
            if (rule == QSizePolicy::Ignored)
                return 0;
            return (rule & QSizePolicy::ShrinkFlag) ? minimumHint : hint;
        };
        const int width = least(widget->minimumWidth(), policy.horizontalPolicy(), hint.width(),
                                widget->sizeHint().width());
        if (widget->width() < width)
            report(widget, QStringLiteral("is squeezed to %1 wide, needs at least %2")
                               .arg(px(widget->width()), px(width)));
        // A layout whose rows wrap knows its least height at this width.
        const QLayout *layout = widget->layout();
        const int wrapped = layout && layout->hasHeightForWidth()
                                ? layout->minimumHeightForWidth(widget->width())
                                : -1;
        const int height = wrapped >= 0 ? std::max(wrapped, widget->minimumHeight())
                                        : least(widget->minimumHeight(), policy.verticalPolicy(),
                                                hint.height(), widget->sizeHint().height());
        if (widget->height() < height && policy.verticalPolicy() != QSizePolicy::Ignored)
            report(widget, QStringLiteral("is squeezed to %1 high, needs at least %2")
                               .arg(px(widget->height()), px(height)));
    }

    QList<Finding> *m_findings;
};

} // namespace

QList<LayoutInspector::Finding> LayoutInspector::inspect(QWidget *root, const QSize &available)
{
    QList<Finding> findings;
    Inspector inspector(&findings);
    if (root->isWindow())
        inspector.checkWindow(root, available);
    inspector.visit(root);
    return findings;
}

QString LayoutInspector::describe(const QWidget *widget)
{
    QString name = widget->objectName();
    if (name.isEmpty() || name.startsWith(QLatin1String("qt_"))) {
        name = QString::fromLatin1(widget->metaObject()->className());
        const QString text = shortened(visibleText(widget));
        if (!text.isEmpty())
            name += QStringLiteral(" “%1”").arg(text);
    }
    // The nearest named ancestor or one of Ajuste's own classes, so a reader finds the widget.
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        const QString parentName = parent->objectName();
        const QString parentClass = QString::fromLatin1(parent->metaObject()->className());
        if (!parentName.isEmpty() && !parentName.startsWith(QLatin1String("qt_"))) {
            name += QStringLiteral(" in ") + parentName;
            break;
        }
        if (!parentClass.startsWith(QLatin1Char('Q')) || parent->isWindow()) {
            name += QStringLiteral(" in ") + parentClass;
            break;
        }
    }
    return name;
}
