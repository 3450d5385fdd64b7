// SPDX-License-Identifier: MIT
#include "inappkitwidgetplugin.h"

InAppKitWidgetPlugin::InAppKitWidgetPlugin(const QString &className, const QString &objectName, const QString &toolTip,
                                           const QIcon &icon, Factory factory, QObject *parent)
    : QObject(parent)
    , m_className(className)
    , m_objectName(objectName)
    , m_toolTip(toolTip)
    , m_icon(icon)
    , m_factory(std::move(factory))
{
}

QString InAppKitWidgetPlugin::name() const
{
    return m_className;
}

QString InAppKitWidgetPlugin::group() const
{
    return QStringLiteral("InAppKit");
}

QString InAppKitWidgetPlugin::toolTip() const
{
    return m_toolTip;
}

QString InAppKitWidgetPlugin::whatsThis() const
{
    return m_toolTip;
}

QString InAppKitWidgetPlugin::includeFile() const
{
    // "InAppKit::RibbonBar" -> <InAppKit/RibbonBar>, the CamelCase header a host includes.
    return QString(m_className).replace(QLatin1String("::"), QLatin1String("/"));
}

QIcon InAppKitWidgetPlugin::icon() const
{
    return m_icon;
}

bool InAppKitWidgetPlugin::isContainer() const
{
    return false;
}

QWidget *InAppKitWidgetPlugin::createWidget(QWidget *parent)
{
    return m_factory(parent);
}

bool InAppKitWidgetPlugin::isInitialized() const
{
    return m_initialized;
}

void InAppKitWidgetPlugin::initialize(QDesignerFormEditorInterface *core)
{
    Q_UNUSED(core)
    m_initialized = true;
}

QString InAppKitWidgetPlugin::domXml() const
{
    return QStringLiteral("<ui language=\"c++\">\n"
                          " <widget class=\"%1\" name=\"%2\"/>\n"
                          " <customwidgets>\n"
                          "  <customwidget>\n"
                          "   <class>%1</class>\n"
                          "   <header location=\"global\">%3</header>\n"
                          "  </customwidget>\n"
                          " </customwidgets>\n"
                          "</ui>\n")
        .arg(m_className, m_objectName, includeFile());
}
